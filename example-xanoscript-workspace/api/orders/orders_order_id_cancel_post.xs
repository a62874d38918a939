query "orders/{order_id}/cancel" verb=POST {
  api_group = "orders"
  auth = "user"
  description = "Cancel an order that has not shipped yet"

  input {
    int order_id
  }

  stack {
    db.get order {
      field_name = "id"
      field_value = $input.order_id
    } as $order
  
    conditional {
      if ($order.status == "shipped") {
        throw {
          name = "AlreadyShipped"
          value = "already shipped"
        }
      }
    
      else {
        db.edit order {
          field_name = "id"
          field_value = $order.id
          data = {status: "cancelled"}
        } as $order
      }
    }
  }

  response = $order
  guid = "api-orders-cancel-b7a0"
}