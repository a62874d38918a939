function "orders/validate_items" {
  description = "Checks a cart against stock and prices each line"

  input {
    json items
  }

  stack {
    var $lines {
      value = []
    }
  
    foreach ($input.items) {
      each as $item {
        db.get product {
          field_name = "id"
          field_value = $item.product_id
        } as $product
      
        precondition ($product != null && $product.stock >= $item.quantity) {
          error_type = "inputerror"
          error = "not enough stock"
          payload = {product_id: $item.product_id}
        }
      
        array.push $lines {
          value = {product_id: $product.id, quantity: $item.quantity, unit_price: $product.price}
        }
      }
    }
  }

  response = $lines
  guid = "fn-orders-validate-items-d3c6"
}