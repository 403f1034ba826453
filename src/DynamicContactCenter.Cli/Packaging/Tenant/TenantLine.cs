using DynamicContactCenter.Routing.Model;

namespace DynamicContactCenter.Cli.Packaging.Tenant;

/// <summary>One dialed number of the routing file as the template sees it: the parameter that takes the claimed number and the
/// queue its calls go to.</summary>
/// <param name="Row">The routing row (config/routing.yaml).</param>
/// <param name="Parameter">The number's parameter: the language's id, PhoneNumber, and a count from the second number of that
/// language on (EnglishPhoneNumber, EnglishPhoneNumber2, ...).</param>
/// <param name="Queue">The queue of the row.</param>
internal sealed record TenantLine(DialedNumber Row, string Parameter, TenantQueue Queue);
