table order_item {
  auth = false
  description = "One line of an order"

  schema {
    int id
    int order_id {
      table = "order"
    }
  
    int product_id {
      table = "product"
    }
  
    int quantity filters=min:1
    decimal unit_price filters=min:0
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "order_id", op: "asc"}]}
  ]

  guid = "tbl-order-item-c07d"
}