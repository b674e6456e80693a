SELECT
  id,
  phone,
  mobile -- want "view \"IdpContact\" column \"mobile\" reads \"User\\.mobile\", which is now optional; keep the field required, or acknowledge the break with // schemalint-ignore view-column-removed <reason>"
FROM idp.users
