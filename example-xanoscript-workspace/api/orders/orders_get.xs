query orders verb=GET {
  api_group = "orders"
  auth = "user"
  description = "The signed-in customer's orders, newest first"

  input {
  }

  stack {
    db.query order {
      where = $db.order.user_id == $auth.id
      sort = {order.created_at: "desc"}
      return = {type: "list"}
      addon = [
        {
          name : "order_lines"
          input: {order_id: $output.id}
          as   : "items.lines"
        }
      ]
    } as $orders
  }

  response = $orders
  guid = "api-orders-list-e3f4"
}