api_group products {
  canonical = "shop-products"
  description = "The product catalogue"
  tags = ["shop"]
  guid = "grp-products-8a17"
}