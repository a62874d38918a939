query "orders/{order_id}" verb=GET {
  api_group = "orders"
  auth = "user"
  description = "One of the signed-in customer's orders, with its lines"

  input {
    int order_id
  }

  stack {
    db.get order {
      field_name = "id"
      field_value = $input.order_id
      addon = [
        {
          name : "order_lines"
          input: {order_id: $output.id}
          as   : "lines"
        }
      ]
    } as $order
  
    // Another customer's order is as good as missing
    precondition ($order != null && $order.user_id == $auth.id) {
      error_type = "notfound"
      error = "not found"
    }
  }

  response = $order
  guid = "api-orders-get-0d93"
}