// Order total: sum of lines, minus the coupon, plus tax
function "billing/calc_total" {
  description = "Order total after discounts"

  input {
    int order_id {
      table = "order"
    }
  
    text? coupon_code?
    object[] lines? {
      schema {
        int product_id
        int quantity filters=min:1
      }
    }
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
  
    // Add up every line
    foreach ($items) {
      each as $item {
        var.update $subtotal {
          value = $subtotal + $item.unit_price * $item.quantity
        }
      }
    }
  
    conditional {
      if ($input.coupon_code == null) {
        var $discount {
          value = 0
        }
      }
    
      elseif ($input.coupon_code == "WELCOME") {
        var $discount {
          value = 5
        }
      }
    
      else {
        function.run "billing/apply_discount" {
          input = {amount: $subtotal, coupon_code: $input.coupon_code}
        } as $discount
      }
    }
  
    for (3) {
      each as $attempt {
        debug.log {
          value = $attempt
        }
      }
    }
  
    var $counter {
      value = 0
    }
  
    while ($counter < 3) {
      each {
        math.add $counter {
          value = 1
        }
      }
    }
  
    switch ($order.status) {
      case ("pending") {
        var $label {
          value = "Waiting"
        }
      } break
    
      case ("paid") {
        var $label {
          value = "Paid"
        }
      } break
    
      default {
        var $label {
          value = "Other"
        }
      }
    }
  
    try_catch {
      try {
        addon.call order_lines {
          input = {order_id: $order.id}
        } as $order_lines
      }
    
      catch {
        var $order_lines {
          value = []
        }
      }
    
      finally {
        debug.log {
          value = "lines read"
        }
      }
    }
  
    group {
      stack {
        var $tax_rate {
          value = 0.2
        }
      
        var $total {
          value = ($subtotal - $discount) * (1 + $tax_rate)
        }
      }
    }
  
    conditional {
      if ($total < 0) {
        throw {
          name = "NegativeTotal"
          value = "The total cannot be negative"
        }
      }
    }
  
    conditional {
      if ($input.lines == null) {
        return {
          value = {subtotal: $subtotal, total: $total}
        }
      }
    }
  }

  response = {
    subtotal: $subtotal
    total   : $total
    label   : $label
  }

  test "adds the lines" {
    input = {order_id: 1}
    expect.to_be_greater_than ($response.total) {
      value = 0
    }
  }

  guid = "fn-billing-calc-total-91d0"
}