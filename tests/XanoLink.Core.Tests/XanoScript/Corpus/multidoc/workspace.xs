table category {
  auth = false

  schema {
    int id
    text name filters=trim
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
  ]
}
---
// Checkout and order history
api_group orders {
  canonical = "shop-orders"
  tags = ["shop"]
}
---
query "orders/{order_id}" verb=GET {
  api_group = "orders"
  auth = "user"

  input {
    int order_id {
      table = "order"
    }
  }

  stack {
    db.get order {
      field_name = "id"
      field_value = $input.order_id
    } as $order
  }

  response = $order
}