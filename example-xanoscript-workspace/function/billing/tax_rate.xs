function "billing/tax_rate" {
  description = "VAT rate of a country, as a fraction"

  input {
    text country filters=trim|upper
  }

  stack {
    conditional {
      if ($input.country == "DE") {
        return {
          value = 0.19
        }
      }
    
      elseif ($input.country == "FR") {
        return {
          value = 0.2
        }
      }
    }
  }

  response = 0
  guid = "fn-billing-tax-rate-0a5f"
}