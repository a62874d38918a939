function "billing/apply_discount" {
  description = "Takes a coupon off an amount and adds the country's tax"

  input {
    decimal amount
    text? coupon_code?
    text country?
  }

  stack {
    var $net {
      value = $input.amount
    }
  
    conditional {
      if ($input.coupon_code != null) {
        db.get coupon {
          field_name = "code"
          field_value = $input.coupon_code
        } as $coupon
      
        conditional {
          if ($coupon != null && $coupon.active) {
            var.update $net {
              value = $net * (1 - $coupon.percent_off / 100)
            }
          }
        }
      }
    }
  
    function.run "billing/tax_rate" {
      input = {country: $input.country}
    } as $rate
  
    var $total {
      value = $net * (1 + $rate)
    }
  }

  response = {net: $net, total: $total}
  guid = "fn-billing-apply-discount-44b8"
}