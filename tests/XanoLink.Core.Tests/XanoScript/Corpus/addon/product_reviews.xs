addon product_reviews {
  input {
    int product_id {
      table = "product"
    }
  }

  stack {
    db.query review {
      where = $db.review.product_id == $input.product_id
      sort = {review.created_at: "desc"}
      return = {type: "list"}
    }
  }
}