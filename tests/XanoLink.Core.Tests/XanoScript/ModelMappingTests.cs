using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;
using XanoLink.XanoScript;

namespace XanoLink.Core.Tests.XanoScript;

/// <summary>How XanoScript maps to the object model the engines read (docs/xanoscript.md).</summary>
public sealed class ModelMappingTests
{
    private static JObject Model(string text)
    {
        var read = XanoScriptReader.Read("m.xs", XanoStyle.Of(text));
        Assert.Empty(read.Diagnostics);
        var document = read.Documents.Single();
        Assert.Equal(XanoStyle.Of(text), XanoScriptWriter.Write(document.Construct, document.Model).Text);
        return document.Model;
    }

    // The expected JSON is read as the loader reads files (numbers kept exactly), the model's own representation.
    private static void AssertJson(string expected, JToken actual)
    {
        var wrapped = XanoLink.Merge.FileMerge.ParseObject("{\"v\": " + expected + "}")["v"];
        Assert.True(JToken.DeepEquals(wrapped, actual), actual.ToString());
    }

    [Fact]
    public void Fields_take_the_JSON_formats_shape()
    {
        var model = Model("""
            table order {
              schema {
                int id
                text? note? filters=trim
                int[1:10] ratings?
                enum status?="open" {
                  values = ["open", "paid"]
                }

                int user_id {
                  table = "user"
                }

                object address? {
                  schema {
                    text city
                  }
                }
              }

              index = [
                {type: "primary", field: [{name: "id"}]}
                {type: "btree", field: [{name: "user_id"}, {name: "status", op: "desc"}]}
              ]
            }
            """);

        AssertJson("""
            {
              "name": "order",
              "fields": [
                { "name": "id", "type": "int", "required": true },
                { "name": "note", "type": "text", "nullable": true, "filters": "trim" },
                { "name": "ratings", "type": "int", "style": "list", "listSize": "1:10" },
                { "name": "status", "type": "enum", "default": "open", "values": ["open", "paid"] },
                { "name": "user_id", "type": "int", "required": true, "table": "user" },
                { "name": "address", "type": "object", "fields": [ { "name": "city", "type": "text", "required": true } ] }
              ],
              "indexes": [
                { "type": "primary", "fields": ["id"] },
                { "type": "btree", "fields": ["user_id", "status"], "ops": [null, "desc"] }
              ]
            }
            """, model);
    }

    [Fact]
    public void Statements_become_steps_with_the_JSON_formats_ops_and_names()
    {
        var model = Model("""
            function f {
              input {
                int id
              }

              stack {
                var $total {
                  value = 0
                }

                db.get order {
                  field_name = "id"
                  field_value = $input.id
                } as $order

                foreach ($order.items) {
                  each as $item {
                    var.update $total {
                      value = $total + $item.price
                    }
                  }
                }

                function.run "billing/tax" {
                  input = {amount: $total}
                } as $tax

                db.del order {
                  field_name = "id"
                  field_value = $order.id
                }

                !debug.log {
                  value = $tax
                }
              }

              response = $total + $tax
            }
            """);

        AssertJson("""
            [
              { "op": "var.create", "as": "total", "value": 0 },
              { "op": "db.get", "table": "order", "as": "order", "field_name": "id", "field_value": "$input.id" },
              { "op": "foreach", "list": "$order.items", "as": "item", "steps": [
                { "op": "var.update", "var": "total", "value": "$total + $item.price" }
              ] },
              { "op": "function.run", "function": "billing/tax", "as": "tax", "input": { "amount": "$total" } },
              { "op": "db.delete", "table": "order", "field_name": "id", "field_value": "$order.id" },
              { "op": "debug.log", "disabled": true, "value": "$tax" }
            ]
            """, model["steps"]!);
        AssertJson("\"$total + $tax\"", model["response"]!);
    }

    [Fact]
    public void A_conditional_has_if_then_and_else_and_an_elseif_is_a_conditional_in_else()
    {
        var model = Model("""
            function f {
              stack {
                conditional {
                  if ($a > 1) {
                    var $x {
                      value = 1
                    }
                  }

                  elseif ($a > 0) {
                    var $x {
                      value = 2
                    }
                  }

                  else {
                  }
                }
              }
            }
            """);

        AssertJson("""
            { "op": "conditional", "if": "$a > 1",
              "then": [ { "op": "var.create", "as": "x", "value": 1 } ],
              "else": [ { "op": "conditional", "elseif": true, "if": "$a > 0",
                          "then": [ { "op": "var.create", "as": "x", "value": 2 } ],
                          "else": [] } ] }
            """, model["steps"]![0]!);
    }

    [Fact]
    public void Switch_and_try_catch_nest_their_blocks_as_steps()
    {
        var model = Model("""
            function f {
              stack {
                switch ($s) {
                  case ("a") {
                    return {
                      value = 1
                    }
                  } break

                  default {
                    return {
                      value = 2
                    }
                  }
                }
              }
            }
            """);

        AssertJson("""
            { "op": "switch", "value": "$s", "steps": [
              { "op": "case", "value": "a", "break": true, "steps": [ { "op": "return", "value": 1 } ] },
              { "op": "default", "steps": [ { "op": "return", "value": 2 } ] } ] }
            """, model["steps"]![0]!);
    }

    [Fact]
    public void Comments_stay_on_the_member_they_precede()
    {
        var model = Model("""
            // the function
            function f {
              // the inputs
              input {
                // the id
                int id
              }

              stack {
                // the variable
                var $x {
                  value = 1
                }

                // left at the end
              }

              // the response
              response = $x
            }
            """);

        AssertJson("""
            {
              "//": " the function", "name": "f",
              "//inputs": " the inputs", "inputs": [ { "//": " the id", "name": "id", "type": "int", "required": true } ],
              "//}steps": " left at the end", "steps": [ { "op": "var.create", "//": " the variable", "as": "x", "value": 1 } ],
              "//response": " the response", "response": "$x"
            }
            """, model);
    }

    [Fact]
    public void An_attribute_named_like_a_first_line_property_is_escaped()
    {
        var model = Model("""
            function f {
              stack {
                db.query user {
                  table = "other"
                } as $users
              }
            }
            """);

        AssertJson("""{ "op": "db.query", "table": "user", "as": "users", "@table": "other" }""", model["steps"]![0]!);
    }

    [Fact]
    public void Values_are_JSON_when_they_are_literals_and_text_otherwise()
    {
        var model = Model("""
            function f {
              stack {
                var $v {
                  number = 10.5
                  text = "plain"
                  dollar_text = "$not a variable"
                  expression = $input.a|trim
                  other = now
                  object = {a: 1}
                  list = ["a", "b"]
                  inline = {a: 1, b: 2}
                }
              }
            }
            """);

        AssertJson("""
            { "op": "var.create", "as": "v", "number": 10.5, "text": "plain", "dollar_text": "$=\"$not a variable\"",
              "expression": "$input.a|trim", "other": "$=now", "object": { "a": 1 }, "list": ["a", "b"],
              "//~inline": "inline", "inline": { "a": 1, "b": 2 } }
            """, model["steps"]![0]!);
    }

    [Fact]
    public void Every_step_field_and_value_knows_where_it_was_written()
    {
        var document = XanoScriptReader.Read("function/f.xs", XanoStyle.Of("""
            function f {
              input {
                int id
              }

              stack {
                db.get order {
                  field_name = "id"
                  field_value = {a: [$input.id]}
                } as $order
              }
            }
            """)).Documents.Single();
        var step = document.Model["steps"]![0]!;

        Assert.Equal(new SourcePosition("function/f.xs", 1, 1), document.PositionOf(document.Model));
        Assert.Equal(new SourcePosition("function/f.xs", 3, 5), document.PositionOf(document.Model["inputs"]![0]));
        Assert.Equal(new SourcePosition("function/f.xs", 7, 5), document.PositionOf(step["table"]));
        Assert.Equal(new SourcePosition("function/f.xs", 9, 7), document.PositionOf(step["field_value"]!["a"]![0]));
    }
}
