SELECT
  id,
  phone,
  mobile -- want "view \"IdpContact\" column \"mobile\" reads \"User.mobile\", which is now optional \\(was `mobile String` at the base\\); readers typed non-null fail on its nulls: keep the field required"
FROM idp.users
