query "products/{product_id}" verb=DELETE {
  api_group = "products"
  auth = "user"

  input {
    int product_id {
      table = "product"
    }
  }

  stack {
    db.del product {
      field_name = "id"
      field_value = $input.product_id
    }
  }

  response = {success: true}
}