query products verb=GET {
  api_group = "products"
  description = "Live products, optionally in one category"

  input {
    int? category_id?
    int page?=1 filters=min:1
  }

  stack {
    db.query product {
      where = $db.product.status == "live" && $db.product.category_id ==? $input.category_id
      sort = {product.created_at: "desc"}
      return = {
        type  : "list"
        paging: {page: $input.page, per_page: 20}
      }
    
      addon = [
        {
          name : "product_reviews"
          input: {product_id: $output.id}
          as   : "items.reviews"
        }
      ]
    } as $products
  }

  response = $products
  guid = "api-products-list-71c3"
}