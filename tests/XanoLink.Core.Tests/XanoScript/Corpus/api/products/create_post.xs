query products verb=POST {
  api_group = "products"
  auth = "user"

  input {
    text name filters=trim
    text description? filters=trim
    decimal price filters=min:0
    int category_id {
      table = "category"
    }
  
    file? photo?
  }

  stack {
    storage.create_image {
      value = $input.photo
      access = "public"
      filename = "product.jpg"
    } as $image
  
    db.add product {
      data = {
        name       : $input.name
        description: $input.description
        price      : $input.price
        category_id: $input.category_id
        photo      : $image
        created_at : now
      }
    } as $product
  
    api.realtime_event {
      channel = "products"
      event = "created"
      data = {id: $product.id}
    }
  }

  response = $product
}