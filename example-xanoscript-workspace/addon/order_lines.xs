addon order_lines {
  description = "An order's lines"

  input {
    int order_id
  }

  stack {
    db.query order_item {
      where = $db.order_item.order_id == $input.order_id
      return = {type: "list"}
    }
  }

  guid = "add-order-lines-f19a"
}