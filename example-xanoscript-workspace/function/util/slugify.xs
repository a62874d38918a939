function "util/slugify" {
  description = "URL-friendly form of a name: lower case, dashes"

  input {
    text text filters=trim
  }

  stack {
    var $slug {
      value = "/[^a-z0-9]+/"|regex_replace:"-":($input.text|to_lower)|trim:"-"
    }
  }

  response = $slug
  guid = "fn-util-slugify-5b3e"
}