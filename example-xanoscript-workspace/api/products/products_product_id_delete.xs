query "products/{product_id}" verb=DELETE {
  api_group = "products"
  description = "Remove a product"

  input {
    int product_id
  }

  stack {
    db.del product {
      field_name = "id"
      field_value = $input.product_id
    }
  
    var $result {
      value = {deleted: true}
    }
  }

  response = $result
  guid = "api-products-delete-3a6b"
}