declare const billingDb: any;
declare const tx: any;
declare const session: any;

// Hand-outs of the clients only billing.ts and cast.ts name.
export function repos() {
  const docs = billingDb.document; // want "cannot follow the \"Document\" client handed out here; call billingDb.document.<operation>"
  const flows = (tx as any).workflow; // want "cannot follow the \"Workflow\" client handed out here; call \\(tx as any\\).workflow.<operation>"
  const other = session.document;
  return [docs, flows, other];
}
