// Written the way the reference's examples are: quoted names, one-line blocks, commas.
function "calculate_total" {
  description = "What this function does"
  input {
    int quantity filters=min:0       // end-of-line comments, as the reference writes them
    decimal price filters=min:0.01
    text? note? filters = trim
    object address { schema { text street  text city } }
  }
  stack {
    var $total { value = $input.quantity * $input.price }
    var $data { value = { name: "test", items: [] } }
    var.update $data.name { value = "updated" }
    conditional {
      if ($total > 100) { var $label { value = "big" } }
      elseif ($total > 10) { var $label { value = "medium" } }
      else { var $label { value = "small" } }
    }
    foreach ($input.items) {
      each as $item {
        debug.log { value = $item.name }
      }
    }
    throw { name = "Error", value = "message" }
    var $msg { value = ($total|to_text) ~ ": " ~ ($data|json_encode) }
    var $filtered {
      value = $data
        |set:"a":1
        |set:"b":2
    }
    var.update $list[$i + 1] { value = 2 }
    db.query "product" {
      where = $db.product.status not in ["deleted", "archived"] && $db.product.metadata @> {"featured": true}
      sort = {dad_jokes.id: "rand", dad_jokes.joke: "asc"}
      return = { type: "list", paging: { page: 1, per_page: 25 } }
    } as $products
    api.request {
      url = "https://api.example.com/endpoint"
      method = "POST"
      params = $payload
      headers = [
        "Content-Type: application/json",
        "Authorization: Bearer " ~ $env.API_KEY
      ]
    } as $api_result
  }
  response = $total
}
