tool get_order {
  description = "Looks up an order"
  instructions = "Use this to find an order by its id."

  input {
    int order_id {
      description = "The order's id"
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