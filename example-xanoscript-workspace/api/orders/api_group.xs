api_group orders {
  canonical = "shop-orders"
  description = "Checkout and order history"
  tags = ["shop"]
  guid = "grp-orders-6f05"
}