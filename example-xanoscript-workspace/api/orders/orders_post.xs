// Check out: validate the cart, price it and store the order
query orders verb=POST {
  api_group = "orders"
  auth = "user"
  description = "Check out: validate the cart, price it and store the order"

  input {
    json items {
      description = "[{ product_id, quantity }]"
    }
  
    text? coupon_code?
    object shipping_address? {
      schema {
        text street?
        text city?
        text zip?
        text country?
      }
    }
  }

  stack {
    function.run "orders/validate_items" {
      input = {items: $input.items}
    } as $lines
  
    db.add order {
      data = {
        user_id         : $auth.id
        status          : "pending"
        shipping_address: $input.shipping_address
      }
    } as $order
  
    foreach ($lines) {
      each as $line {
        db.add order_item {
          data = {
            order_id  : $order.id
            product_id: $line.product_id
            quantity  : $line.quantity
            unit_price: $line.unit_price
          }
        }
      }
    }
  
    function.run "billing/calc_total" {
      input = {order_id: $order.id, coupon_code: $input.coupon_code}
    } as $total
  
    db.edit order {
      field_name = "id"
      field_value = $order.id
      data = {total: $total.total}
    } as $order
  }

  response = $order
  guid = "api-orders-create-6c2d"
}