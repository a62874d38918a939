query "products/{product_id}" verb=GET {
  api_group = "products"
  description = "One product with its reviews"

  input {
    int product_id
  }

  stack {
    db.get product {
      field_name = "id"
      field_value = $input.product_id
      addon = [
        {
          name : "product_reviews"
          input: {product_id: $output.id}
          as   : "reviews"
        }
      ]
    } as $product
  
    precondition ($product != null) {
      error_type = "notfound"
      error = "not found"
    }
  }

  response = $product
  guid = "api-products-get-5e90"
}