// Called at checkout (orders/create); apply_discount does the coupon and the tax
function "billing/calc_total" {
  description = "Order total: sum of lines, minus the coupon, plus tax"

  input {
    int order_id
    text? coupon_code?
  }

  stack {
    db.get order {
      field_name = "id"
      field_value = $input.order_id
    } as $order
  
    db.query order_item {
      where = $db.order_item.order_id == $input.order_id
      return = {type: "list"}
    } as $items
  
    var $subtotal {
      value = 0
    }
  
    foreach ($items) {
      each as $item {
        var.update $subtotal {
          value = $subtotal + $item.unit_price * $item.quantity
        }
      }
    }
  
    function.run "billing/apply_discount" {
      input = {
        amount     : $subtotal
        coupon_code: $input.coupon_code
        country    : $order.shipping_address.country
      }
    } as $discounted
  }

  response = {subtotal: $subtotal, total: $discounted.total}
  guid = "fn-billing-calc-total-91d0"
}