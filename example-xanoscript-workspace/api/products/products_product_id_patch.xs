query "products/{product_id}" verb=PATCH {
  api_group = "products"
  description = "Change a product's details"

  input {
    int product_id
    text? name?
    decimal? price?
    enum? status? {
      values = ["draft", "live", "archived"]
    }
  }

  stack {
    db.edit product {
      field_name = "id"
      field_value = $input.product_id
      data = {
        name  : $input.name
        price : $input.price
        status: $input.status
      }
    } as $product
  }

  response = $product
  guid = "api-products-update-d84f"
}