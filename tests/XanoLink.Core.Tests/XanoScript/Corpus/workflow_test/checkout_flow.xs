workflow_test checkout_flow {
  datasource = "staging"
  description = "A customer buys a product"

  stack {
    api.call products verb=GET {
      api_group = "products"
      headers = '["Content-Type: application/json"]'
    } as $products
  
    addon.call product_reviews as $reviews
    function.call "billing/calc_total" {
      input = {order_id: 1}
    } as $total
  
    expect.to_be_defined ($products)
    expect.to_not_be_defined ($products.error)
    expect.to_be_empty ($reviews)
    expect.to_be_true ($total.total > 0)
    expect.to_be_false ($total.total < 0)
    expect.to_be_null ($products.next)
    expect.to_not_be_null ($products.items)
    expect.to_be_in_the_past ($products.items[0].created_at)
    expect.to_be_in_the_future ($products.expires_at)
    expect.to_equal ($products.curPage) {
      value = 1
    }
  
    expect.to_not_equal ($products.curPage) {
      value = 2
    }
  
    expect.to_be_greater_than ($products.itemsReceived) {
      value = 0
    }
  
    expect.to_be_less_than ($products.itemsReceived) {
      value = 100
    }
  
    expect.to_be_within ($total.total) {
      min = 1
      max = 1000
    }
  
    expect.to_contain ($products.items) {
      value = 1
    }
  
    expect.to_start_with ($products.items[0].name) {
      value = "A"
    }
  
    expect.to_end_with ($products.items[0].name) {
      value = "z"
    }
  
    expect.to_match ($products.items[0].slug) {
      value = "^[a-z-]+$"
    }
  
    expect.to_throw {
      stack {
        security.create_uuid as $x1
      }
    
      exception = "error"
    }
  }

  tags = ["checkout", "e2e"]
}