api_group auth {
  canonical = "shop-auth"
  description = "Sign up, log in and who am I"
  tags = ["shop"]
  guid = "grp-auth-2c40"
}