package dev.flashkit.servlet.example;

// tag::docs[]
import dev.flashkit.messages.Messages;
import dev.flashkit.servlet.FlashkitFilter;
import dev.flashkit.session.Session;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

public class ItemsServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Session session = FlashkitFilter.session(request);
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter page = response.getWriter();
        page.println("<!DOCTYPE html><title>Items</title>");
        page.println(FlashkitFilter.messages(request).html()); // shows pending messages once, escaped
        page.println("<p>" + session.getLong("count", 0) + " items added</p>");
        page.println("<form method=post action=/items><input name=name> <button>Add</button></form>");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        Messages messages = FlashkitFilter.messages(request);
        if (name == null || name.isBlank()) {
            messages.error("Enter the name of the item to add");
        } else {
            Session session = FlashkitFilter.session(request);
            session.put("count", session.getLong("count", 0) + 1);
            messages.success("Item '" + name + "' added");
        }
        response.sendRedirect("/items");
    }
}
// end::docs[]
