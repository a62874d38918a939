table "user" {
  auth = true
  schema {
    int id
    text name filters=trim
  }
  index = [
    {type: "primary", field: [{name: "id"}]}
  ]
}
