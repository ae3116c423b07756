using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hyeopchi.Host.Pages;

/// <summary>The one error page of the admin: a friendly Korean message, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        var code = status ?? (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is null ? 404 : 500);
        (Title, Message) = code switch
        {
            400 => ("요청을 처리할 수 없습니다", "양식이 만료되었거나 올바르지 않습니다. 페이지를 새로 고친 뒤 다시 보내세요."),
            403 => ("권한이 없습니다", "지금 역할로는 이 화면이나 작업을 쓸 수 없습니다. 필요하면 관리자에게 역할을 요청하세요."),
            404 => ("페이지를 찾을 수 없습니다", "주소를 확인하세요. 기록이 없거나 옮겨졌을 수 있습니다."),
            >= 500 => ("잠시 문제가 생겼습니다", "요청을 마치지 못했습니다. 기록된 내용은 없습니다. 잠시 뒤 다시 시도하세요. 문제는 서버 기록에 남았습니다."),
            _ => ("요청을 처리할 수 없습니다", "잠시 뒤 다시 시도하세요."),
        };
        if (status is null && code >= 500) Response.StatusCode = code;
    }
}
