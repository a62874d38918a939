// The source workspace: every client shop gets its selection (xanolink.json)
workspace shop_source {
  description = "Source workspace of the online shop: catalogue, checkout and accounts, published to every client shop"
  guid = "ws-shop-source-xs-5a3d"
}