function "util/random_token" {
  description = "Random URL-safe text"

  input {
    int length?=32 filters=min:8
  }

  stack {
    security.random_bytes {
      length = $input.length
    } as $bytes
  
    var $token {
      value = $bytes|base64_encode_urlsafe
    }
  }

  response = $token
  guid = "fn-util-random-token-2f48"
}