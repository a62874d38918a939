query products verb=POST {
  api_group = "products"
  description = "Add a product to the catalogue"

  input {
    text name filters=trim
    int category
    decimal value
    timestamp? created_at?
  }

  stack {
    function.run "util/slugify" {
      input = {text: $input.name}
    } as $slug
  
    db.add product {
      data = {
        name       : $input.name
        slug       : $slug
        category_id: $input.category
        price      : $input.value
        created_at : $input.created_at
      }
    } as $product
  }

  response = $product
  guid = "api-products-create-2b1c"
}