// Live products, optionally in one category
query products verb=GET {
  api_group = "products"
  description = "List live products"

  input {
    int category_id? {
      table = "category"
    }
  
    text search? filters=trim|lower
    int page?=1 filters=min:1
    int per_page?=20 filters=min:1|max:100
  }

  stack {
    db.query product {
      join = {
        category: {
          table: "category"
          type : "left"
          where: $db.product.category_id == $db.category.id
        }
      }
    
      where = $db.product.status == "live" && $db.product.category_id ==? $input.category_id && $db.product.name includes? $input.search
      sort = {product.created_at: "desc"}
      eval = {category_name: $db.category.name}
      return = {
        type  : "list"
        paging: {
          page    : $input.page
          per_page: $input.per_page
          totals  : true
        }
      }
    
      output = ["id", "name", "price", "category_name"]
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
  cache = {ttl: 60, input: true, auth: false}
  guid = "api-products-list-71c3"
}