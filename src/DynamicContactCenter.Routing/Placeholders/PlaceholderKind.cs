namespace DynamicContactCenter.Routing.Placeholders;

/// <summary>What a <see cref="PlaceholderToken"/> is: one of ours, or a placeholder some other tool writes.</summary>
public enum PlaceholderKind
{
    /// <summary><c>${Name}</c> with a CloudFormation Fn::Sub variable name: a parameter, <c>Resource.Attribute</c>,
    /// <c>AWS::Pseudo</c>, or our <c>${XArn}</c> (DESIGN.md §5). The only kind we resolve.</summary>
    Ours,

    /// <summary><c>${...}</c> whose content is not one of our names: Terraform's <c>${var.x["y"]}</c>, Fn::Sub's literal
    /// <c>${!Text}</c>, <c>${a b}</c>, <c>${}</c>, nested braces. Nobody here gives it a value.</summary>
    ForeignDollar,

    /// <summary><c>{{...}}</c>: Handlebars, Mustache, Jinja and the like.</summary>
    ForeignMustache,
}
