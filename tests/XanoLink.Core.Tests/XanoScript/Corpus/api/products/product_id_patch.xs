query "products/{product_id}" verb=PATCH {
  api_group = "products"
  auth = "user"

  input {
    int product_id {
      table = "product"
    }
  
    text? name? filters=trim
    decimal? price? filters=min:0
  }

  stack {
    var $updates {
      value = {updated_at: now}
    }
  
    conditional {
      if ($input.name != null) {
        var.update $updates.name {
          value = $input.name
        }
      }
    }
  
    conditional {
      if ($input.price != null) {
        var.update $updates {
          value = $updates|set:"price":$input.price
        }
      }
    }
  
    precondition (($updates|count) > 1) {
      error_type = "inputerror"
      error = "No updates provided"
    }
  
    db.patch product {
      field_name = "id"
      field_value = $input.product_id
      data = $updates
    } as $product
  
    db.edit product {
      field_name = "id"
      field_value = $product.id
      data = {edited_by: $auth.id}
    } as $product
  
    db.add_or_edit product_stats {
      field_name = "product_id"
      field_value = $product.id
      data = {product_id: $product.id, edits: 1}
    } as $stats
  }

  response = $product
}