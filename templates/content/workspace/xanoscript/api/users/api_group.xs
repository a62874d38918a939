api_group users {
  canonical = "product-users"
  description = "The signed-in user's account"
  guid = "grp-users-GROUP_GUID"
}