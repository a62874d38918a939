api_group products {
  canonical = "shop-products"
  description = "Products of the shop"
  active = true
  swagger = {token: "doc-token-1234"}
  tags = ["shop", "catalog"]
  history = 100
}