query "products/{product_id}" verb=GET {
  api_group = "products"

  input {
    int product_id {
      table = "product"
    }
  }

  stack {
    db.get product {
      field_name = "id"
      field_value = $input.product_id
    } as $product
  
    precondition ($product != null) {
      error_type = "notfound"
      error = "Product not found"
    }
  
    db.has product {
      field_name = "slug"
      field_value = $product.slug
    } as $has_slug
  }

  response = $product

  test "returns the product" {
    input = {product_id: 1}
    expect.to_be_defined ($response)
    expect.to_equal ($response.id) {
      value = 1
    }
  }

  test "fails for an unknown product" {
    input = {product_id: 999999}
    expect.to_throw {
      value = "Product not found"
    }
  }
}