table review {
  auth = false
  description = "Customers' ratings of products"

  schema {
    int id
    timestamp created_at?=now
    int product_id {
      table = "product"
    }
  
    int user_id {
      table = "user"
    }
  
    int rating filters=min:1|max:5 {
      description = "1 to 5 stars"
    }
  
    text? comment?
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "product_id", op: "asc"}]}
  ]

  guid = "tbl-review-e512"
}