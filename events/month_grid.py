"""The month view of the events index: the weeks of a month, each day with its events."""

import calendar
import datetime

from django.utils import timezone


def month_grid(events, year, month):
    """``events`` (a queryset) laid out on the weeks of ``month``, Monday first: the template
    variables of the calendar page, with the months before and after (``previous_month``,
    ``next_month``)."""
    tz = timezone.get_current_timezone()
    first = datetime.date(year, month, 1)
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    grid_start = datetime.datetime.combine(weeks[0][0], datetime.time.min, tz)
    grid_end = datetime.datetime.combine(weeks[-1][-1], datetime.time.max, tz)
    events = list(
        events.filter(start__lte=grid_end, end__gte=grid_start)
        .defer_streamfields()
        .order_by("start")
    )
    days = []
    for week in weeks:
        row = []
        for day in week:
            day_start = datetime.datetime.combine(day, datetime.time.min, tz)
            day_end = datetime.datetime.combine(day, datetime.time.max, tz)
            row.append(
                {
                    "date": day,
                    "in_month": day.month == month,
                    "is_today": day == timezone.localdate(),
                    "events": [e for e in events if e.start <= day_end and e.end >= day_start],
                }
            )
        days.append(row)
    previous_month = (first - datetime.timedelta(days=1)).replace(day=1)
    next_month = (first + datetime.timedelta(days=32)).replace(day=1)
    month_start = datetime.datetime.combine(first, datetime.time.min, tz)
    month_end = datetime.datetime.combine(next_month, datetime.time.min, tz)
    return {
        "month": first,
        "weeks": days,
        "weekday_dates": weeks[0],
        "month_events": [e for e in events if e.start < month_end and e.end >= month_start],
        "previous_month": previous_month,
        "next_month": next_month,
    }
