SELECT id name FRM tenants -- want "syntax error at or near \"FRM\"; view \"Broken\" is not judged"
