SELECT
  id,
  nickname -- want "view \"IdpNick\" column \"nickname\" reads \"User\\.nickname\", which the model no longer has; keep the field, or acknowledge the break with // schemalint-ignore view-column-removed <reason>"
FROM idp.users
