SELECT
  id,
  nickname -- want "view \"IdpNick\" column \"nickname\" reads \"User.nickname\", which the model no longer has \\(was `nickname String\\?` at the base\\); dropping the column breaks the view"
FROM idp.users
