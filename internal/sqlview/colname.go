package sqlview

import (
	"github.com/schemalint/schemalint/internal/pgtree"
)

// figureColname names a select-list expression without an alias the way
// PostgreSQL does (FigureColnameInternal in parse_target.c): the strength
// says how sure the guess is, 0 meaning "?column?", so that a cast of a
// column keeps the column's name while a cast of a constant takes the
// type's.
func figureColname(n *pgtree.Node) (string, int) {
	name, strength := figureColnameInternal(n)
	if strength == 0 {
		return "?column?", 0
	}
	return name, strength
}

func figureColnameInternal(n *pgtree.Node) (string, int) {
	if n == nil {
		return "", 0
	}
	switch {
	case n.GetColumnRef() != nil:
		f := n.GetColumnRef().Fields
		if len(f) > 0 {
			if s := f[len(f)-1].GetString_(); s != nil {
				return s.Sval, 2
			}
		}
	case n.GetAIndirection() != nil:
		ind := n.GetAIndirection()
		if len(ind.Indirection) > 0 {
			if s := ind.Indirection[len(ind.Indirection)-1].GetString_(); s != nil {
				return s.Sval, 2
			}
		}
		return figureColnameInternal(ind.Arg)
	case n.GetFuncCall() != nil:
		f := n.GetFuncCall().Funcname
		if len(f) > 0 {
			return f[len(f)-1].GetString_().GetSval(), 2
		}
	case n.GetAExpr() != nil:
		if n.GetAExpr().Kind == pgtree.A_Expr_Kind_AEXPR_NULLIF {
			return "nullif", 2
		}
	case n.GetTypeCast() != nil:
		tc := n.GetTypeCast()
		name, strength := figureColnameInternal(tc.Arg)
		if strength <= 1 && tc.TypeName != nil && len(tc.TypeName.Names) > 0 {
			return tc.TypeName.Names[len(tc.TypeName.Names)-1].GetString_().GetSval(), 1
		}
		return name, strength
	case n.GetCollateClause() != nil:
		return figureColnameInternal(n.GetCollateClause().Arg)
	case n.GetGroupingFunc() != nil:
		return "grouping", 2
	case n.GetMergeSupportFunc() != nil:
		return "merge_action", 2
	case n.GetSubLink() != nil:
		sl := n.GetSubLink()
		switch sl.SubLinkType {
		case pgtree.SubLinkType_EXISTS_SUBLINK:
			return "exists", 2
		case pgtree.SubLinkType_ARRAY_SUBLINK:
			return "array", 2
		case pgtree.SubLinkType_EXPR_SUBLINK:
			if s := firstSelect(sl.Subselect.GetSelectStmt()); s != nil && len(s.TargetList) > 0 {
				rt := s.TargetList[0].GetResTarget()
				if rt.GetName() != "" {
					return rt.GetName(), 2
				}
				if name, strength := figureColnameInternal(rt.GetVal()); strength > 0 {
					return name, 2
				}
			}
		}
	case n.GetCaseExpr() != nil:
		name, strength := figureColnameInternal(n.GetCaseExpr().Defresult)
		if strength <= 1 {
			return "case", 1
		}
		return name, strength
	case n.GetAArrayExpr() != nil:
		return "array", 2
	case n.GetRowExpr() != nil:
		return "row", 2
	case n.GetCoalesceExpr() != nil:
		return "coalesce", 2
	case n.GetMinMaxExpr() != nil:
		switch n.GetMinMaxExpr().Op {
		case pgtree.MinMaxOp_IS_GREATEST:
			return "greatest", 2
		case pgtree.MinMaxOp_IS_LEAST:
			return "least", 2
		}
	case n.GetSqlvalueFunction() != nil:
		if name, ok := sqlValueFunctionNames[n.GetSqlvalueFunction().Op]; ok {
			return name, 2
		}
	case n.GetXmlExpr() != nil:
		if name, ok := xmlExprNames[n.GetXmlExpr().Op]; ok {
			return name, 2
		}
	case n.GetXmlSerialize() != nil:
		return "xmlserialize", 2
	case n.GetJsonParseExpr() != nil:
		return "json", 2
	case n.GetJsonScalarExpr() != nil:
		return "json_scalar", 2
	case n.GetJsonSerializeExpr() != nil:
		return "json_serialize", 2
	case n.GetJsonObjectConstructor() != nil:
		return "json_object", 2
	case n.GetJsonArrayConstructor() != nil, n.GetJsonArrayQueryConstructor() != nil:
		return "json_array", 2
	case n.GetJsonObjectAgg() != nil:
		return "json_objectagg", 2
	case n.GetJsonArrayAgg() != nil:
		return "json_arrayagg", 2
	case n.GetJsonFuncExpr() != nil:
		switch n.GetJsonFuncExpr().Op {
		case pgtree.JsonExprOp_JSON_EXISTS_OP:
			return "json_exists", 2
		case pgtree.JsonExprOp_JSON_QUERY_OP:
			return "json_query", 2
		case pgtree.JsonExprOp_JSON_VALUE_OP:
			return "json_value", 2
		}
	}
	return "", 0
}

// firstSelect is the leftmost arm of a set operation, which names its
// columns.
func firstSelect(s *pgtree.SelectStmt) *pgtree.SelectStmt {
	for s != nil && s.Larg != nil {
		s = s.Larg
	}
	return s
}

var sqlValueFunctionNames = map[pgtree.SQLValueFunctionOp]string{
	pgtree.SQLValueFunctionOp_SVFOP_CURRENT_DATE:        "current_date",
	pgtree.SQLValueFunctionOp_SVFOP_CURRENT_TIME:        "current_time",
	pgtree.SQLValueFunctionOp_SVFOP_CURRENT_TIME_N:      "current_time",
	pgtree.SQLValueFunctionOp_SVFOP_CURRENT_TIMESTAMP:   "current_timestamp",
	pgtree.SQLValueFunctionOp_SVFOP_CURRENT_TIMESTAMP_N: "current_timestamp",
	pgtree.SQLValueFunctionOp_SVFOP_LOCALTIME:           "localtime",
	pgtree.SQLValueFunctionOp_SVFOP_LOCALTIME_N:         "localtime",
	pgtree.SQLValueFunctionOp_SVFOP_LOCALTIMESTAMP:      "localtimestamp",
	pgtree.SQLValueFunctionOp_SVFOP_LOCALTIMESTAMP_N:    "localtimestamp",
	pgtree.SQLValueFunctionOp_SVFOP_CURRENT_ROLE:        "current_role",
	pgtree.SQLValueFunctionOp_SVFOP_CURRENT_USER:        "current_user",
	pgtree.SQLValueFunctionOp_SVFOP_USER:                "user",
	pgtree.SQLValueFunctionOp_SVFOP_SESSION_USER:        "session_user",
	pgtree.SQLValueFunctionOp_SVFOP_CURRENT_CATALOG:     "current_catalog",
	pgtree.SQLValueFunctionOp_SVFOP_CURRENT_SCHEMA:      "current_schema",
}

var xmlExprNames = map[pgtree.XmlExprOp]string{
	pgtree.XmlExprOp_IS_XMLCONCAT:    "xmlconcat",
	pgtree.XmlExprOp_IS_XMLELEMENT:   "xmlelement",
	pgtree.XmlExprOp_IS_XMLFOREST:    "xmlforest",
	pgtree.XmlExprOp_IS_XMLPARSE:     "xmlparse",
	pgtree.XmlExprOp_IS_XMLPI:        "xmlpi",
	pgtree.XmlExprOp_IS_XMLROOT:      "xmlroot",
	pgtree.XmlExprOp_IS_XMLSERIALIZE: "xmlserialize",
}
