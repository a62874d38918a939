// The shop's backend
workspace shop {
  description = "Online shop"
  acceptance = {ai_terms: false}
  preferences = {
    internal_docs    : false
    track_performance: true
    sql_names        : false
    sql_columns      : true
  }

  realtime = {canonical: "shop-realtime"}
}