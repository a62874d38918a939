addon product_reviews {
  description = "A product's reviews, newest first"

  input {
    int product_id
  }

  stack {
    db.query review {
      where = $db.review.product_id == $input.product_id
      sort = {review.created_at: "desc"}
      return = {type: "list"}
    }
  }

  guid = "add-product-reviews-6e02"
}