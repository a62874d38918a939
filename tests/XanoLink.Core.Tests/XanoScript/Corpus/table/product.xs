// Items for sale
table product {
  auth = false
  description = "Items for sale in the shop"

  schema {
    int id
    timestamp created_at?=now
    text name filters=trim
    text? slug? filters=trim|lower
    text description? {
      description = "Shown on the product page"
    }
  
    decimal price filters=min:0
    int stock?=0 filters=min:0
    int category_id {
      table = "category"
    }
  
    uuid supplier_ref? {
      table = "supplier"
      description = "Supplier's own reference"
    }
  
    enum status?="draft" {
      values = ["draft", "live", "archived"]
    }
  
    enum visibility? {
      values = [
        "public"
        "members"
        "hidden"
      ]
    
    }
  
    text[] tags?
    int[1:10] ratings?
    json metadata?
    bool is_featured?=false
    date launch_date?
    email contact_email? {
      sensitive = true
    }
  
    password admin_code? filters=min:8|minAlpha:1|minDigit:1
    image? photo?
    video? clip?
    audio? jingle?
    attachment? manual?
    vector? embedding? {
      size = 768
    }
  
    geo_point? location?
    geo_linestring? route?
    geo_polygon? area?
    geo_multipoint? stores?
    geo_multilinestring? routes?
    geo_multipolygon? areas?
    object dimensions? {
      schema {
        decimal width
        decimal height
        decimal depth?
      }
    }
  
    // Kept for older clients
    text legacy_code?
  }

  index = [
    {type: "primary", field: [{name: "id"}]}
    {type: "btree", field: [{name: "created_at", op: "desc"}]}
    {type: "btree|unique", field: [{name: "slug", op: "asc"}]}
    {type: "gin", field: [{name: "metadata", op: "jsonb_path_op"}]}
    {
      type : "btree"
      field: [
        {name: "category_id", op: "asc"}
        {name: "price", op: "desc"}
      ]
    }
    {
      name : "search_name"
      lang : "english"
      type : "search"
      field: [
        {name: "name", op: "A"}
        {name: "description", op: "B"}
      ]
    }
    {type: "vector", field: [{name: "embedding", op: "vector_cosine_ops"}]}
  ]

  guid = "tbl-product-7f3a"
}