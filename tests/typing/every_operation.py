"""Checked by mypy (``make typecheck``), not run: every operation type-checks with ``call``,
``call_with_meta`` and ``call_raw`` (enveloped and bare answers alike).

Written by ``python -m tests.typing_every_operation`` from the operation descriptors; do not edit.
"""

from __future__ import annotations

from typing import Any

from altegio_async import AltegioClient
from altegio_b2b.api.analytics_reports import (
    get_appointment_analytics_by_source,
    get_appointment_analytics_by_status,
    get_day_end_report_data,
    get_location_analytics_appointments_daily,
    get_location_analytics_occupancy_daily,
    get_location_analytics_overall,
    get_location_analytics_revenue_daily,
    get_loyalty_program_client_statistics,
    get_loyalty_program_revenue_statistics,
    get_loyalty_program_team_member_statistics,
)
from altegio_b2b.api.appointments import (
    create_appointment,
    create_timetable_client_schedule,
    delete_appointment,
    delete_timetable_client_schedule,
    get_appointment,
    get_appointment_list,
    get_comments,
    get_partner_appointment_list,
    get_visit,
    get_visit_details,
    get_visit_receipt_pdf,
    leave_comment,
    update_appointment,
    update_appointment_attendance,
    update_timetable_client_schedule,
    update_visit,
)
from altegio_b2b.api.authentication_b2b import authorize_user
from altegio_b2b.api.chain_loyalty_programs import (
    chain_loyalty_certificate_types_create,
    chain_loyalty_certificate_types_delete,
    chain_loyalty_certificate_types_get,
    chain_loyalty_certificate_types_list,
    chain_loyalty_certificate_types_update,
    chain_loyalty_membership_types_archive,
    chain_loyalty_membership_types_clone,
    chain_loyalty_membership_types_create,
    chain_loyalty_membership_types_delete,
    chain_loyalty_membership_types_list,
    chain_loyalty_membership_types_read,
    chain_loyalty_membership_types_restore,
    chain_loyalty_membership_types_update,
    chain_loyalty_memberships_freeze,
    chain_loyalty_memberships_set_balance,
    chain_loyalty_memberships_set_period,
    chain_loyalty_memberships_unfreeze,
    create_chain_loyalty_program,
    delete_chain_loyalty_program,
    get_chain_loyalty_notification_template_list,
    get_chain_loyalty_program,
    get_chain_loyalty_transaction_list,
    update_chain_loyalty_program,
)
from altegio_b2b.api.chain_management import get_chain_client_by_phone_number, get_chain_list
from altegio_b2b.api.clients import (
    bulk_create_clients,
    create_client,
    create_client_comment,
    delete_client,
    delete_client_comment,
    delete_client_file,
    deprecated_get_client_list,
    get_client,
    get_client_file_list,
    get_client_list,
    list_client_comments,
    search_client_visits,
    update_client,
    upload_client_file,
)
from altegio_b2b.api.custom_fields import (
    create_custom_field,
    delete_custom_field,
    get_custom_field_list,
    update_custom_field,
)
from altegio_b2b.api.deposits import (
    create_client_account_topup_operation,
    get_chain_client_account_history,
    get_client_account_by_chain_and_phone,
    get_client_account_list_by_chain,
    get_client_account_list_by_location_and_client,
)
from altegio_b2b.api.events import (
    create_event,
    create_event_duplication_strategy,
    delete_event,
    duplicate_event,
    get_event,
    get_event_date_range,
    get_event_search_filters,
    list_event_duplication_strategies,
    search_event_dates,
    search_event_services,
    search_events,
    update_event,
    update_event_duplication_strategy,
)
from altegio_b2b.api.fiscalization import (
    get_fiscal_transaction_list,
    get_tax_system_list,
    handle_fiscalization_callback,
    print_fiscal_receipt,
)
from altegio_b2b.api.inventory import (
    create_document,
    create_inventory_operation,
    create_transaction,
    delete_document,
    delete_transaction,
    get_appointment_consumables,
    get_bill_of_materials_list,
    get_document,
    get_document_product_transactions,
    get_location_inventories,
    get_team_member_service_bill_of_materials,
    get_transaction,
    search_for_product_transactions,
    unlink_appointment_service_association,
    update_appointment_service_consumables,
    update_document,
    update_transaction,
)
from altegio_b2b.api.locations import create_location, delete_location, get_location, get_location_list, update_location
from altegio_b2b.api.loyalty_cards import (
    create_chain_loyalty_card_transaction,
    create_loyalty_card_transaction,
    get_chain_loyalty_card_type_list,
    get_loyalty_card_list_by_client_id,
    get_loyalty_card_list_by_phone,
    get_loyalty_card_type_list,
    get_loyalty_card_type_list_for_client,
    get_user_loyalty_cards,
    issue_loyalty_card,
    remove_loyalty_card,
)
from altegio_b2b.api.loyalty_programs import (
    apply_discount_promotion,
    apply_loyalty_card_deduction,
    apply_referral_program,
    cancel_discount_promotion,
    cancel_loyalty_card_withdrawal,
    generate_loyalty_code,
    get_location_loyalty_program_list,
    get_loyalty_transactions_by_visit,
)
from altegio_b2b.api.notifications import (
    get_location_notification_settings,
    get_message_status_list,
    get_user_notification_settings,
    send_email_campaign_to_filtered_clients,
    send_email_newsletter_to_clients,
    send_sms_campaign_to_filtered_clients,
    send_sms_to_clients,
    update_user_notification_settings,
)
from altegio_b2b.api.online_booking_settings import (
    create_booking_widget,
    delete_booking_widget,
    get_booking_widget,
    get_booking_widget_list,
    get_online_booking_settings,
    get_timeslot_settings,
    update_booking_widget,
    update_online_booking_settings,
)
from altegio_b2b.api.payments import (
    create_financial_transaction,
    delete_financial_transaction,
    get_account_list,
    get_document_financial_transactions,
    get_financial_transaction,
    get_transactions,
    get_transactions_by_visit_or_appointment_id,
    update_financial_transaction,
)
from altegio_b2b.api.products import (
    create_product,
    create_product_category,
    delete_product,
    delete_product_category,
    deprecated_get_product_category_list,
    get_product,
    get_product_category_composition,
    get_product_category_list,
    get_product_category_list_by_ids,
    get_products_list,
    search_product,
    update_product,
    update_product_category,
)
from altegio_b2b.api.salary import (
    get_team_member_calculation_schemes_count,
    get_team_member_payroll_calculation,
    get_team_member_salary_calculation,
    get_team_member_salary_period,
    get_team_member_salary_schemes,
    search_team_member_calculation_daily_salary,
    search_team_member_calculation_salary,
    search_team_member_payroll_calculation,
    search_team_member_period_daily_salary,
    search_team_member_period_salary,
)
from altegio_b2b.api.sales import (
    create_payment_with_loyalty_methods,
    delete_location_account_payment,
    delete_loyalty_payment_transaction,
    get_sale_transaction,
)
from altegio_b2b.api.schedule_resources import (
    create_timetable_event_schedule,
    create_timetable_schedule_day,
    delete_timetable_event_schedule,
    delete_timetable_schedule_day,
    get_appointment_calendar_dates,
    get_appointment_calendar_sessions,
    get_appointment_calendar_settings,
    get_resource_list,
    get_team_member_schedule,
    get_team_member_schedule_list,
    list_timetable_schedule_day_events,
    schedule_team_member_update_deprecated,
    search_timetable_event_schedules_by_event,
    set_team_member_schedule,
    update_appointment_calendar_settings,
    update_team_member_schedule,
    update_timetable_event_schedule,
    update_timetable_schedule_day,
)
from altegio_b2b.api.services import (
    assign_service_to_team_member,
    create_service,
    create_service_category,
    delete_service,
    delete_service_category,
    deprecated_get_service_category_list,
    deprecated_get_service_list_by_id,
    deprecated_update_service_by_id,
    get_chain_service_category_list,
    get_service,
    get_service_category,
    get_service_category_list,
    get_service_list,
    patch_service,
    remove_service_from_team_member,
    update_service_category,
    update_service_links,
    update_service_team_member_assignment,
)
from altegio_b2b.api.subscriptions_certificates import (
    check_memberships_for_event,
    get_client_gift_cards,
    get_client_membership_activity_history,
    get_client_memberships,
    get_gift_card_type_list,
    get_gift_card_type_list_by_id,
    get_membership_list,
    get_membership_type_list,
    get_membership_type_list_by_id,
    get_user_gift_cards,
    get_user_memberships,
    search_memberships_for_event,
)
from altegio_b2b.api.tags import create_tag, delete_tag_by_tag_id, get_tag_list_by_entity, update_tag_by_tag_id
from altegio_b2b.api.team_members import (
    create_position_quick,
    create_team_member_quick,
    delete_team_member,
    deprecated_create_team_member,
    get_position_list,
    get_team_member,
    get_team_member_by_id,
    get_team_member_list,
    update_team_member,
)
from altegio_b2b.api.users_permissions import (
    copy_user_permissions_to_locations,
    create_user_invitation,
    deprecated_get_location_users,
    get_location_users,
    get_permission_list,
    get_user_permissions,
    get_user_roles,
    list_roles,
    remove_user_from_location,
    remove_user_from_locations,
    update_user_permissions,
)
from altegio_b2b.api.utilities import (
    delete_image,
    disable_team_member_tips,
    enable_team_member_tips,
    get_location_subscription_information,
    get_team_member_tip_settings,
    phone_number_format_check,
    upload_image,
)


async def every_operation(altegio: AltegioClient, args: Any, kwargs: Any) -> None:
    await altegio.call(apply_discount_promotion, *args, **kwargs)
    await altegio.call_with_meta(apply_discount_promotion, *args, **kwargs)
    await altegio.call_raw(apply_discount_promotion, *args, **kwargs)
    await altegio.call(apply_loyalty_card_deduction, *args, **kwargs)
    await altegio.call_with_meta(apply_loyalty_card_deduction, *args, **kwargs)
    await altegio.call_raw(apply_loyalty_card_deduction, *args, **kwargs)
    await altegio.call(apply_referral_program, *args, **kwargs)
    await altegio.call_with_meta(apply_referral_program, *args, **kwargs)
    await altegio.call_raw(apply_referral_program, *args, **kwargs)
    await altegio.call(assign_service_to_team_member, *args, **kwargs)
    await altegio.call_with_meta(assign_service_to_team_member, *args, **kwargs)
    await altegio.call_raw(assign_service_to_team_member, *args, **kwargs)
    await altegio.call(authorize_user, *args, **kwargs)
    await altegio.call_with_meta(authorize_user, *args, **kwargs)
    await altegio.call_raw(authorize_user, *args, **kwargs)
    await altegio.call(bulk_create_clients, *args, **kwargs)
    await altegio.call_with_meta(bulk_create_clients, *args, **kwargs)
    await altegio.call_raw(bulk_create_clients, *args, **kwargs)
    await altegio.call(cancel_discount_promotion, *args, **kwargs)
    await altegio.call_with_meta(cancel_discount_promotion, *args, **kwargs)
    await altegio.call_raw(cancel_discount_promotion, *args, **kwargs)
    await altegio.call(cancel_loyalty_card_withdrawal, *args, **kwargs)
    await altegio.call_with_meta(cancel_loyalty_card_withdrawal, *args, **kwargs)
    await altegio.call_raw(cancel_loyalty_card_withdrawal, *args, **kwargs)
    await altegio.call(chain_loyalty_certificate_types_create, *args, **kwargs)
    await altegio.call_with_meta(chain_loyalty_certificate_types_create, *args, **kwargs)
    await altegio.call_raw(chain_loyalty_certificate_types_create, *args, **kwargs)
    await altegio.call(chain_loyalty_certificate_types_delete, *args, **kwargs)
    await altegio.call_with_meta(chain_loyalty_certificate_types_delete, *args, **kwargs)
    await altegio.call_raw(chain_loyalty_certificate_types_delete, *args, **kwargs)
    await altegio.call(chain_loyalty_certificate_types_get, *args, **kwargs)
    await altegio.call_with_meta(chain_loyalty_certificate_types_get, *args, **kwargs)
    await altegio.call_raw(chain_loyalty_certificate_types_get, *args, **kwargs)
    await altegio.call(chain_loyalty_certificate_types_list, *args, **kwargs)
    await altegio.call_with_meta(chain_loyalty_certificate_types_list, *args, **kwargs)
    await altegio.call_raw(chain_loyalty_certificate_types_list, *args, **kwargs)
    await altegio.call(chain_loyalty_certificate_types_update, *args, **kwargs)
    await altegio.call_with_meta(chain_loyalty_certificate_types_update, *args, **kwargs)
    await altegio.call_raw(chain_loyalty_certificate_types_update, *args, **kwargs)
    await altegio.call(chain_loyalty_membership_types_archive, *args, **kwargs)
    await altegio.call_with_meta(chain_loyalty_membership_types_archive, *args, **kwargs)
    await altegio.call_raw(chain_loyalty_membership_types_archive, *args, **kwargs)
    await altegio.call(chain_loyalty_membership_types_clone, *args, **kwargs)
    await altegio.call_with_meta(chain_loyalty_membership_types_clone, *args, **kwargs)
    await altegio.call_raw(chain_loyalty_membership_types_clone, *args, **kwargs)
    await altegio.call(chain_loyalty_membership_types_create, *args, **kwargs)
    await altegio.call_with_meta(chain_loyalty_membership_types_create, *args, **kwargs)
    await altegio.call_raw(chain_loyalty_membership_types_create, *args, **kwargs)
    await altegio.call(chain_loyalty_membership_types_delete, *args, **kwargs)
    await altegio.call_with_meta(chain_loyalty_membership_types_delete, *args, **kwargs)
    await altegio.call_raw(chain_loyalty_membership_types_delete, *args, **kwargs)
    await altegio.call(chain_loyalty_membership_types_list, *args, **kwargs)
    await altegio.call_with_meta(chain_loyalty_membership_types_list, *args, **kwargs)
    await altegio.call_raw(chain_loyalty_membership_types_list, *args, **kwargs)
    await altegio.call(chain_loyalty_membership_types_read, *args, **kwargs)
    await altegio.call_with_meta(chain_loyalty_membership_types_read, *args, **kwargs)
    await altegio.call_raw(chain_loyalty_membership_types_read, *args, **kwargs)
    await altegio.call(chain_loyalty_membership_types_restore, *args, **kwargs)
    await altegio.call_with_meta(chain_loyalty_membership_types_restore, *args, **kwargs)
    await altegio.call_raw(chain_loyalty_membership_types_restore, *args, **kwargs)
    await altegio.call(chain_loyalty_membership_types_update, *args, **kwargs)
    await altegio.call_with_meta(chain_loyalty_membership_types_update, *args, **kwargs)
    await altegio.call_raw(chain_loyalty_membership_types_update, *args, **kwargs)
    await altegio.call(chain_loyalty_memberships_freeze, *args, **kwargs)
    await altegio.call_with_meta(chain_loyalty_memberships_freeze, *args, **kwargs)
    await altegio.call_raw(chain_loyalty_memberships_freeze, *args, **kwargs)
    await altegio.call(chain_loyalty_memberships_set_balance, *args, **kwargs)
    await altegio.call_with_meta(chain_loyalty_memberships_set_balance, *args, **kwargs)
    await altegio.call_raw(chain_loyalty_memberships_set_balance, *args, **kwargs)
    await altegio.call(chain_loyalty_memberships_set_period, *args, **kwargs)
    await altegio.call_with_meta(chain_loyalty_memberships_set_period, *args, **kwargs)
    await altegio.call_raw(chain_loyalty_memberships_set_period, *args, **kwargs)
    await altegio.call(chain_loyalty_memberships_unfreeze, *args, **kwargs)
    await altegio.call_with_meta(chain_loyalty_memberships_unfreeze, *args, **kwargs)
    await altegio.call_raw(chain_loyalty_memberships_unfreeze, *args, **kwargs)
    await altegio.call(check_memberships_for_event, *args, **kwargs)
    await altegio.call_with_meta(check_memberships_for_event, *args, **kwargs)
    await altegio.call_raw(check_memberships_for_event, *args, **kwargs)
    await altegio.call(copy_user_permissions_to_locations, *args, **kwargs)
    await altegio.call_with_meta(copy_user_permissions_to_locations, *args, **kwargs)
    await altegio.call_raw(copy_user_permissions_to_locations, *args, **kwargs)
    await altegio.call(create_appointment, *args, **kwargs)
    await altegio.call_with_meta(create_appointment, *args, **kwargs)
    await altegio.call_raw(create_appointment, *args, **kwargs)
    await altegio.call(create_booking_widget, *args, **kwargs)
    await altegio.call_with_meta(create_booking_widget, *args, **kwargs)
    await altegio.call_raw(create_booking_widget, *args, **kwargs)
    await altegio.call(create_chain_loyalty_card_transaction, *args, **kwargs)
    await altegio.call_with_meta(create_chain_loyalty_card_transaction, *args, **kwargs)
    await altegio.call_raw(create_chain_loyalty_card_transaction, *args, **kwargs)
    await altegio.call(create_chain_loyalty_program, *args, **kwargs)
    await altegio.call_with_meta(create_chain_loyalty_program, *args, **kwargs)
    await altegio.call_raw(create_chain_loyalty_program, *args, **kwargs)
    await altegio.call(create_client, *args, **kwargs)
    await altegio.call_with_meta(create_client, *args, **kwargs)
    await altegio.call_raw(create_client, *args, **kwargs)
    await altegio.call(create_client_account_topup_operation, *args, **kwargs)
    await altegio.call_with_meta(create_client_account_topup_operation, *args, **kwargs)
    await altegio.call_raw(create_client_account_topup_operation, *args, **kwargs)
    await altegio.call(create_client_comment, *args, **kwargs)
    await altegio.call_with_meta(create_client_comment, *args, **kwargs)
    await altegio.call_raw(create_client_comment, *args, **kwargs)
    await altegio.call(create_custom_field, *args, **kwargs)
    await altegio.call_with_meta(create_custom_field, *args, **kwargs)
    await altegio.call_raw(create_custom_field, *args, **kwargs)
    await altegio.call(create_document, *args, **kwargs)
    await altegio.call_with_meta(create_document, *args, **kwargs)
    await altegio.call_raw(create_document, *args, **kwargs)
    await altegio.call(create_event, *args, **kwargs)
    await altegio.call_with_meta(create_event, *args, **kwargs)
    await altegio.call_raw(create_event, *args, **kwargs)
    await altegio.call(create_event_duplication_strategy, *args, **kwargs)
    await altegio.call_with_meta(create_event_duplication_strategy, *args, **kwargs)
    await altegio.call_raw(create_event_duplication_strategy, *args, **kwargs)
    await altegio.call(create_financial_transaction, *args, **kwargs)
    await altegio.call_with_meta(create_financial_transaction, *args, **kwargs)
    await altegio.call_raw(create_financial_transaction, *args, **kwargs)
    await altegio.call(create_inventory_operation, *args, **kwargs)
    await altegio.call_with_meta(create_inventory_operation, *args, **kwargs)
    await altegio.call_raw(create_inventory_operation, *args, **kwargs)
    await altegio.call(create_location, *args, **kwargs)
    await altegio.call_with_meta(create_location, *args, **kwargs)
    await altegio.call_raw(create_location, *args, **kwargs)
    await altegio.call(create_loyalty_card_transaction, *args, **kwargs)
    await altegio.call_with_meta(create_loyalty_card_transaction, *args, **kwargs)
    await altegio.call_raw(create_loyalty_card_transaction, *args, **kwargs)
    await altegio.call(create_payment_with_loyalty_methods, *args, **kwargs)
    await altegio.call_with_meta(create_payment_with_loyalty_methods, *args, **kwargs)
    await altegio.call_raw(create_payment_with_loyalty_methods, *args, **kwargs)
    await altegio.call(create_position_quick, *args, **kwargs)
    await altegio.call_with_meta(create_position_quick, *args, **kwargs)
    await altegio.call_raw(create_position_quick, *args, **kwargs)
    await altegio.call(create_product, *args, **kwargs)
    await altegio.call_with_meta(create_product, *args, **kwargs)
    await altegio.call_raw(create_product, *args, **kwargs)
    await altegio.call(create_product_category, *args, **kwargs)
    await altegio.call_with_meta(create_product_category, *args, **kwargs)
    await altegio.call_raw(create_product_category, *args, **kwargs)
    await altegio.call(create_service, *args, **kwargs)
    await altegio.call_with_meta(create_service, *args, **kwargs)
    await altegio.call_raw(create_service, *args, **kwargs)
    await altegio.call(create_service_category, *args, **kwargs)
    await altegio.call_with_meta(create_service_category, *args, **kwargs)
    await altegio.call_raw(create_service_category, *args, **kwargs)
    await altegio.call(create_tag, *args, **kwargs)
    await altegio.call_with_meta(create_tag, *args, **kwargs)
    await altegio.call_raw(create_tag, *args, **kwargs)
    await altegio.call(create_team_member_quick, *args, **kwargs)
    await altegio.call_with_meta(create_team_member_quick, *args, **kwargs)
    await altegio.call_raw(create_team_member_quick, *args, **kwargs)
    await altegio.call(create_timetable_client_schedule, *args, **kwargs)
    await altegio.call_with_meta(create_timetable_client_schedule, *args, **kwargs)
    await altegio.call_raw(create_timetable_client_schedule, *args, **kwargs)
    await altegio.call(create_timetable_event_schedule, *args, **kwargs)
    await altegio.call_with_meta(create_timetable_event_schedule, *args, **kwargs)
    await altegio.call_raw(create_timetable_event_schedule, *args, **kwargs)
    await altegio.call(create_timetable_schedule_day, *args, **kwargs)
    await altegio.call_with_meta(create_timetable_schedule_day, *args, **kwargs)
    await altegio.call_raw(create_timetable_schedule_day, *args, **kwargs)
    await altegio.call(create_transaction, *args, **kwargs)
    await altegio.call_with_meta(create_transaction, *args, **kwargs)
    await altegio.call_raw(create_transaction, *args, **kwargs)
    await altegio.call(create_user_invitation, *args, **kwargs)
    await altegio.call_with_meta(create_user_invitation, *args, **kwargs)
    await altegio.call_raw(create_user_invitation, *args, **kwargs)
    await altegio.call(delete_appointment, *args, **kwargs)
    await altegio.call_with_meta(delete_appointment, *args, **kwargs)
    await altegio.call_raw(delete_appointment, *args, **kwargs)
    await altegio.call(delete_booking_widget, *args, **kwargs)
    await altegio.call_with_meta(delete_booking_widget, *args, **kwargs)
    await altegio.call_raw(delete_booking_widget, *args, **kwargs)
    await altegio.call(delete_chain_loyalty_program, *args, **kwargs)
    await altegio.call_with_meta(delete_chain_loyalty_program, *args, **kwargs)
    await altegio.call_raw(delete_chain_loyalty_program, *args, **kwargs)
    await altegio.call(delete_client, *args, **kwargs)
    await altegio.call_with_meta(delete_client, *args, **kwargs)
    await altegio.call_raw(delete_client, *args, **kwargs)
    await altegio.call(delete_client_comment, *args, **kwargs)
    await altegio.call_with_meta(delete_client_comment, *args, **kwargs)
    await altegio.call_raw(delete_client_comment, *args, **kwargs)
    await altegio.call(delete_client_file, *args, **kwargs)
    await altegio.call_with_meta(delete_client_file, *args, **kwargs)
    await altegio.call_raw(delete_client_file, *args, **kwargs)
    await altegio.call(delete_custom_field, *args, **kwargs)
    await altegio.call_with_meta(delete_custom_field, *args, **kwargs)
    await altegio.call_raw(delete_custom_field, *args, **kwargs)
    await altegio.call(delete_document, *args, **kwargs)
    await altegio.call_with_meta(delete_document, *args, **kwargs)
    await altegio.call_raw(delete_document, *args, **kwargs)
    await altegio.call(delete_event, *args, **kwargs)
    await altegio.call_with_meta(delete_event, *args, **kwargs)
    await altegio.call_raw(delete_event, *args, **kwargs)
    await altegio.call(delete_financial_transaction, *args, **kwargs)
    await altegio.call_with_meta(delete_financial_transaction, *args, **kwargs)
    await altegio.call_raw(delete_financial_transaction, *args, **kwargs)
    await altegio.call(delete_image, *args, **kwargs)
    await altegio.call_with_meta(delete_image, *args, **kwargs)
    await altegio.call_raw(delete_image, *args, **kwargs)
    await altegio.call(delete_location, *args, **kwargs)
    await altegio.call_with_meta(delete_location, *args, **kwargs)
    await altegio.call_raw(delete_location, *args, **kwargs)
    await altegio.call(delete_location_account_payment, *args, **kwargs)
    await altegio.call_with_meta(delete_location_account_payment, *args, **kwargs)
    await altegio.call_raw(delete_location_account_payment, *args, **kwargs)
    await altegio.call(delete_loyalty_payment_transaction, *args, **kwargs)
    await altegio.call_with_meta(delete_loyalty_payment_transaction, *args, **kwargs)
    await altegio.call_raw(delete_loyalty_payment_transaction, *args, **kwargs)
    await altegio.call(delete_product, *args, **kwargs)
    await altegio.call_with_meta(delete_product, *args, **kwargs)
    await altegio.call_raw(delete_product, *args, **kwargs)
    await altegio.call(delete_product_category, *args, **kwargs)
    await altegio.call_with_meta(delete_product_category, *args, **kwargs)
    await altegio.call_raw(delete_product_category, *args, **kwargs)
    await altegio.call(delete_service, *args, **kwargs)
    await altegio.call_with_meta(delete_service, *args, **kwargs)
    await altegio.call_raw(delete_service, *args, **kwargs)
    await altegio.call(delete_service_category, *args, **kwargs)
    await altegio.call_with_meta(delete_service_category, *args, **kwargs)
    await altegio.call_raw(delete_service_category, *args, **kwargs)
    await altegio.call(delete_tag_by_tag_id, *args, **kwargs)
    await altegio.call_with_meta(delete_tag_by_tag_id, *args, **kwargs)
    await altegio.call_raw(delete_tag_by_tag_id, *args, **kwargs)
    await altegio.call(delete_team_member, *args, **kwargs)
    await altegio.call_with_meta(delete_team_member, *args, **kwargs)
    await altegio.call_raw(delete_team_member, *args, **kwargs)
    await altegio.call(delete_timetable_client_schedule, *args, **kwargs)
    await altegio.call_with_meta(delete_timetable_client_schedule, *args, **kwargs)
    await altegio.call_raw(delete_timetable_client_schedule, *args, **kwargs)
    await altegio.call(delete_timetable_event_schedule, *args, **kwargs)
    await altegio.call_with_meta(delete_timetable_event_schedule, *args, **kwargs)
    await altegio.call_raw(delete_timetable_event_schedule, *args, **kwargs)
    await altegio.call(delete_timetable_schedule_day, *args, **kwargs)
    await altegio.call_with_meta(delete_timetable_schedule_day, *args, **kwargs)
    await altegio.call_raw(delete_timetable_schedule_day, *args, **kwargs)
    await altegio.call(delete_transaction, *args, **kwargs)
    await altegio.call_with_meta(delete_transaction, *args, **kwargs)
    await altegio.call_raw(delete_transaction, *args, **kwargs)
    await altegio.call(deprecated_create_team_member, *args, **kwargs)
    await altegio.call_with_meta(deprecated_create_team_member, *args, **kwargs)
    await altegio.call_raw(deprecated_create_team_member, *args, **kwargs)
    await altegio.call(deprecated_get_client_list, *args, **kwargs)
    await altegio.call_with_meta(deprecated_get_client_list, *args, **kwargs)
    await altegio.call_raw(deprecated_get_client_list, *args, **kwargs)
    await altegio.call(deprecated_get_location_users, *args, **kwargs)
    await altegio.call_with_meta(deprecated_get_location_users, *args, **kwargs)
    await altegio.call_raw(deprecated_get_location_users, *args, **kwargs)
    await altegio.call(deprecated_get_product_category_list, *args, **kwargs)
    await altegio.call_with_meta(deprecated_get_product_category_list, *args, **kwargs)
    await altegio.call_raw(deprecated_get_product_category_list, *args, **kwargs)
    await altegio.call(deprecated_get_service_category_list, *args, **kwargs)
    await altegio.call_with_meta(deprecated_get_service_category_list, *args, **kwargs)
    await altegio.call_raw(deprecated_get_service_category_list, *args, **kwargs)
    await altegio.call(deprecated_get_service_list_by_id, *args, **kwargs)
    await altegio.call_with_meta(deprecated_get_service_list_by_id, *args, **kwargs)
    await altegio.call_raw(deprecated_get_service_list_by_id, *args, **kwargs)
    await altegio.call(deprecated_update_service_by_id, *args, **kwargs)
    await altegio.call_with_meta(deprecated_update_service_by_id, *args, **kwargs)
    await altegio.call_raw(deprecated_update_service_by_id, *args, **kwargs)
    await altegio.call(disable_team_member_tips, *args, **kwargs)
    await altegio.call_with_meta(disable_team_member_tips, *args, **kwargs)
    await altegio.call_raw(disable_team_member_tips, *args, **kwargs)
    await altegio.call(duplicate_event, *args, **kwargs)
    await altegio.call_with_meta(duplicate_event, *args, **kwargs)
    await altegio.call_raw(duplicate_event, *args, **kwargs)
    await altegio.call(enable_team_member_tips, *args, **kwargs)
    await altegio.call_with_meta(enable_team_member_tips, *args, **kwargs)
    await altegio.call_raw(enable_team_member_tips, *args, **kwargs)
    await altegio.call(generate_loyalty_code, *args, **kwargs)
    await altegio.call_with_meta(generate_loyalty_code, *args, **kwargs)
    await altegio.call_raw(generate_loyalty_code, *args, **kwargs)
    await altegio.call(get_account_list, *args, **kwargs)
    await altegio.call_with_meta(get_account_list, *args, **kwargs)
    await altegio.call_raw(get_account_list, *args, **kwargs)
    await altegio.call(get_appointment, *args, **kwargs)
    await altegio.call_with_meta(get_appointment, *args, **kwargs)
    await altegio.call_raw(get_appointment, *args, **kwargs)
    await altegio.call(get_appointment_analytics_by_source, *args, **kwargs)
    await altegio.call_with_meta(get_appointment_analytics_by_source, *args, **kwargs)
    await altegio.call_raw(get_appointment_analytics_by_source, *args, **kwargs)
    await altegio.call(get_appointment_analytics_by_status, *args, **kwargs)
    await altegio.call_with_meta(get_appointment_analytics_by_status, *args, **kwargs)
    await altegio.call_raw(get_appointment_analytics_by_status, *args, **kwargs)
    await altegio.call(get_appointment_calendar_dates, *args, **kwargs)
    await altegio.call_with_meta(get_appointment_calendar_dates, *args, **kwargs)
    await altegio.call_raw(get_appointment_calendar_dates, *args, **kwargs)
    await altegio.call(get_appointment_calendar_sessions, *args, **kwargs)
    await altegio.call_with_meta(get_appointment_calendar_sessions, *args, **kwargs)
    await altegio.call_raw(get_appointment_calendar_sessions, *args, **kwargs)
    await altegio.call(get_appointment_calendar_settings, *args, **kwargs)
    await altegio.call_with_meta(get_appointment_calendar_settings, *args, **kwargs)
    await altegio.call_raw(get_appointment_calendar_settings, *args, **kwargs)
    await altegio.call(get_appointment_consumables, *args, **kwargs)
    await altegio.call_with_meta(get_appointment_consumables, *args, **kwargs)
    await altegio.call_raw(get_appointment_consumables, *args, **kwargs)
    await altegio.call(get_appointment_list, *args, **kwargs)
    await altegio.call_with_meta(get_appointment_list, *args, **kwargs)
    await altegio.call_raw(get_appointment_list, *args, **kwargs)
    await altegio.call(get_bill_of_materials_list, *args, **kwargs)
    await altegio.call_with_meta(get_bill_of_materials_list, *args, **kwargs)
    await altegio.call_raw(get_bill_of_materials_list, *args, **kwargs)
    await altegio.call(get_booking_widget, *args, **kwargs)
    await altegio.call_with_meta(get_booking_widget, *args, **kwargs)
    await altegio.call_raw(get_booking_widget, *args, **kwargs)
    await altegio.call(get_booking_widget_list, *args, **kwargs)
    await altegio.call_with_meta(get_booking_widget_list, *args, **kwargs)
    await altegio.call_raw(get_booking_widget_list, *args, **kwargs)
    await altegio.call(get_chain_client_account_history, *args, **kwargs)
    await altegio.call_with_meta(get_chain_client_account_history, *args, **kwargs)
    await altegio.call_raw(get_chain_client_account_history, *args, **kwargs)
    await altegio.call(get_chain_client_by_phone_number, *args, **kwargs)
    await altegio.call_with_meta(get_chain_client_by_phone_number, *args, **kwargs)
    await altegio.call_raw(get_chain_client_by_phone_number, *args, **kwargs)
    await altegio.call(get_chain_list, *args, **kwargs)
    await altegio.call_with_meta(get_chain_list, *args, **kwargs)
    await altegio.call_raw(get_chain_list, *args, **kwargs)
    await altegio.call(get_chain_loyalty_card_type_list, *args, **kwargs)
    await altegio.call_with_meta(get_chain_loyalty_card_type_list, *args, **kwargs)
    await altegio.call_raw(get_chain_loyalty_card_type_list, *args, **kwargs)
    await altegio.call(get_chain_loyalty_notification_template_list, *args, **kwargs)
    await altegio.call_with_meta(get_chain_loyalty_notification_template_list, *args, **kwargs)
    await altegio.call_raw(get_chain_loyalty_notification_template_list, *args, **kwargs)
    await altegio.call(get_chain_loyalty_program, *args, **kwargs)
    await altegio.call_with_meta(get_chain_loyalty_program, *args, **kwargs)
    await altegio.call_raw(get_chain_loyalty_program, *args, **kwargs)
    await altegio.call(get_chain_loyalty_transaction_list, *args, **kwargs)
    await altegio.call_with_meta(get_chain_loyalty_transaction_list, *args, **kwargs)
    await altegio.call_raw(get_chain_loyalty_transaction_list, *args, **kwargs)
    await altegio.call(get_chain_service_category_list, *args, **kwargs)
    await altegio.call_with_meta(get_chain_service_category_list, *args, **kwargs)
    await altegio.call_raw(get_chain_service_category_list, *args, **kwargs)
    await altegio.call(get_client, *args, **kwargs)
    await altegio.call_with_meta(get_client, *args, **kwargs)
    await altegio.call_raw(get_client, *args, **kwargs)
    await altegio.call(get_client_account_by_chain_and_phone, *args, **kwargs)
    await altegio.call_with_meta(get_client_account_by_chain_and_phone, *args, **kwargs)
    await altegio.call_raw(get_client_account_by_chain_and_phone, *args, **kwargs)
    await altegio.call(get_client_account_list_by_chain, *args, **kwargs)
    await altegio.call_with_meta(get_client_account_list_by_chain, *args, **kwargs)
    await altegio.call_raw(get_client_account_list_by_chain, *args, **kwargs)
    await altegio.call(get_client_account_list_by_location_and_client, *args, **kwargs)
    await altegio.call_with_meta(get_client_account_list_by_location_and_client, *args, **kwargs)
    await altegio.call_raw(get_client_account_list_by_location_and_client, *args, **kwargs)
    await altegio.call(get_client_file_list, *args, **kwargs)
    await altegio.call_with_meta(get_client_file_list, *args, **kwargs)
    await altegio.call_raw(get_client_file_list, *args, **kwargs)
    await altegio.call(get_client_gift_cards, *args, **kwargs)
    await altegio.call_with_meta(get_client_gift_cards, *args, **kwargs)
    await altegio.call_raw(get_client_gift_cards, *args, **kwargs)
    await altegio.call(get_client_list, *args, **kwargs)
    await altegio.call_with_meta(get_client_list, *args, **kwargs)
    await altegio.call_raw(get_client_list, *args, **kwargs)
    await altegio.call(get_client_membership_activity_history, *args, **kwargs)
    await altegio.call_with_meta(get_client_membership_activity_history, *args, **kwargs)
    await altegio.call_raw(get_client_membership_activity_history, *args, **kwargs)
    await altegio.call(get_client_memberships, *args, **kwargs)
    await altegio.call_with_meta(get_client_memberships, *args, **kwargs)
    await altegio.call_raw(get_client_memberships, *args, **kwargs)
    await altegio.call(get_comments, *args, **kwargs)
    await altegio.call_with_meta(get_comments, *args, **kwargs)
    await altegio.call_raw(get_comments, *args, **kwargs)
    await altegio.call(get_custom_field_list, *args, **kwargs)
    await altegio.call_with_meta(get_custom_field_list, *args, **kwargs)
    await altegio.call_raw(get_custom_field_list, *args, **kwargs)
    await altegio.call(get_day_end_report_data, *args, **kwargs)
    await altegio.call_with_meta(get_day_end_report_data, *args, **kwargs)
    await altegio.call_raw(get_day_end_report_data, *args, **kwargs)
    await altegio.call(get_document, *args, **kwargs)
    await altegio.call_with_meta(get_document, *args, **kwargs)
    await altegio.call_raw(get_document, *args, **kwargs)
    await altegio.call(get_document_financial_transactions, *args, **kwargs)
    await altegio.call_with_meta(get_document_financial_transactions, *args, **kwargs)
    await altegio.call_raw(get_document_financial_transactions, *args, **kwargs)
    await altegio.call(get_document_product_transactions, *args, **kwargs)
    await altegio.call_with_meta(get_document_product_transactions, *args, **kwargs)
    await altegio.call_raw(get_document_product_transactions, *args, **kwargs)
    await altegio.call(get_event, *args, **kwargs)
    await altegio.call_with_meta(get_event, *args, **kwargs)
    await altegio.call_raw(get_event, *args, **kwargs)
    await altegio.call(get_event_date_range, *args, **kwargs)
    await altegio.call_with_meta(get_event_date_range, *args, **kwargs)
    await altegio.call_raw(get_event_date_range, *args, **kwargs)
    await altegio.call(get_event_search_filters, *args, **kwargs)
    await altegio.call_with_meta(get_event_search_filters, *args, **kwargs)
    await altegio.call_raw(get_event_search_filters, *args, **kwargs)
    await altegio.call(get_financial_transaction, *args, **kwargs)
    await altegio.call_with_meta(get_financial_transaction, *args, **kwargs)
    await altegio.call_raw(get_financial_transaction, *args, **kwargs)
    await altegio.call(get_fiscal_transaction_list, *args, **kwargs)
    await altegio.call_with_meta(get_fiscal_transaction_list, *args, **kwargs)
    await altegio.call_raw(get_fiscal_transaction_list, *args, **kwargs)
    await altegio.call(get_gift_card_type_list, *args, **kwargs)
    await altegio.call_with_meta(get_gift_card_type_list, *args, **kwargs)
    await altegio.call_raw(get_gift_card_type_list, *args, **kwargs)
    await altegio.call(get_gift_card_type_list_by_id, *args, **kwargs)
    await altegio.call_with_meta(get_gift_card_type_list_by_id, *args, **kwargs)
    await altegio.call_raw(get_gift_card_type_list_by_id, *args, **kwargs)
    await altegio.call(get_location, *args, **kwargs)
    await altegio.call_with_meta(get_location, *args, **kwargs)
    await altegio.call_raw(get_location, *args, **kwargs)
    await altegio.call(get_location_analytics_appointments_daily, *args, **kwargs)
    await altegio.call_with_meta(get_location_analytics_appointments_daily, *args, **kwargs)
    await altegio.call_raw(get_location_analytics_appointments_daily, *args, **kwargs)
    await altegio.call(get_location_analytics_occupancy_daily, *args, **kwargs)
    await altegio.call_with_meta(get_location_analytics_occupancy_daily, *args, **kwargs)
    await altegio.call_raw(get_location_analytics_occupancy_daily, *args, **kwargs)
    await altegio.call(get_location_analytics_overall, *args, **kwargs)
    await altegio.call_with_meta(get_location_analytics_overall, *args, **kwargs)
    await altegio.call_raw(get_location_analytics_overall, *args, **kwargs)
    await altegio.call(get_location_analytics_revenue_daily, *args, **kwargs)
    await altegio.call_with_meta(get_location_analytics_revenue_daily, *args, **kwargs)
    await altegio.call_raw(get_location_analytics_revenue_daily, *args, **kwargs)
    await altegio.call(get_location_inventories, *args, **kwargs)
    await altegio.call_with_meta(get_location_inventories, *args, **kwargs)
    await altegio.call_raw(get_location_inventories, *args, **kwargs)
    await altegio.call(get_location_list, *args, **kwargs)
    await altegio.call_with_meta(get_location_list, *args, **kwargs)
    await altegio.call_raw(get_location_list, *args, **kwargs)
    await altegio.call(get_location_loyalty_program_list, *args, **kwargs)
    await altegio.call_with_meta(get_location_loyalty_program_list, *args, **kwargs)
    await altegio.call_raw(get_location_loyalty_program_list, *args, **kwargs)
    await altegio.call(get_location_notification_settings, *args, **kwargs)
    await altegio.call_with_meta(get_location_notification_settings, *args, **kwargs)
    await altegio.call_raw(get_location_notification_settings, *args, **kwargs)
    await altegio.call(get_location_subscription_information, *args, **kwargs)
    await altegio.call_with_meta(get_location_subscription_information, *args, **kwargs)
    await altegio.call_raw(get_location_subscription_information, *args, **kwargs)
    await altegio.call(get_location_users, *args, **kwargs)
    await altegio.call_with_meta(get_location_users, *args, **kwargs)
    await altegio.call_raw(get_location_users, *args, **kwargs)
    await altegio.call(get_loyalty_card_list_by_client_id, *args, **kwargs)
    await altegio.call_with_meta(get_loyalty_card_list_by_client_id, *args, **kwargs)
    await altegio.call_raw(get_loyalty_card_list_by_client_id, *args, **kwargs)
    await altegio.call(get_loyalty_card_list_by_phone, *args, **kwargs)
    await altegio.call_with_meta(get_loyalty_card_list_by_phone, *args, **kwargs)
    await altegio.call_raw(get_loyalty_card_list_by_phone, *args, **kwargs)
    await altegio.call(get_loyalty_card_type_list, *args, **kwargs)
    await altegio.call_with_meta(get_loyalty_card_type_list, *args, **kwargs)
    await altegio.call_raw(get_loyalty_card_type_list, *args, **kwargs)
    await altegio.call(get_loyalty_card_type_list_for_client, *args, **kwargs)
    await altegio.call_with_meta(get_loyalty_card_type_list_for_client, *args, **kwargs)
    await altegio.call_raw(get_loyalty_card_type_list_for_client, *args, **kwargs)
    await altegio.call(get_loyalty_program_client_statistics, *args, **kwargs)
    await altegio.call_with_meta(get_loyalty_program_client_statistics, *args, **kwargs)
    await altegio.call_raw(get_loyalty_program_client_statistics, *args, **kwargs)
    await altegio.call(get_loyalty_program_revenue_statistics, *args, **kwargs)
    await altegio.call_with_meta(get_loyalty_program_revenue_statistics, *args, **kwargs)
    await altegio.call_raw(get_loyalty_program_revenue_statistics, *args, **kwargs)
    await altegio.call(get_loyalty_program_team_member_statistics, *args, **kwargs)
    await altegio.call_with_meta(get_loyalty_program_team_member_statistics, *args, **kwargs)
    await altegio.call_raw(get_loyalty_program_team_member_statistics, *args, **kwargs)
    await altegio.call(get_loyalty_transactions_by_visit, *args, **kwargs)
    await altegio.call_with_meta(get_loyalty_transactions_by_visit, *args, **kwargs)
    await altegio.call_raw(get_loyalty_transactions_by_visit, *args, **kwargs)
    await altegio.call(get_membership_list, *args, **kwargs)
    await altegio.call_with_meta(get_membership_list, *args, **kwargs)
    await altegio.call_raw(get_membership_list, *args, **kwargs)
    await altegio.call(get_membership_type_list, *args, **kwargs)
    await altegio.call_with_meta(get_membership_type_list, *args, **kwargs)
    await altegio.call_raw(get_membership_type_list, *args, **kwargs)
    await altegio.call(get_membership_type_list_by_id, *args, **kwargs)
    await altegio.call_with_meta(get_membership_type_list_by_id, *args, **kwargs)
    await altegio.call_raw(get_membership_type_list_by_id, *args, **kwargs)
    await altegio.call(get_message_status_list, *args, **kwargs)
    await altegio.call_with_meta(get_message_status_list, *args, **kwargs)
    await altegio.call_raw(get_message_status_list, *args, **kwargs)
    await altegio.call(get_online_booking_settings, *args, **kwargs)
    await altegio.call_with_meta(get_online_booking_settings, *args, **kwargs)
    await altegio.call_raw(get_online_booking_settings, *args, **kwargs)
    await altegio.call(get_partner_appointment_list, *args, **kwargs)
    await altegio.call_with_meta(get_partner_appointment_list, *args, **kwargs)
    await altegio.call_raw(get_partner_appointment_list, *args, **kwargs)
    await altegio.call(get_permission_list, *args, **kwargs)
    await altegio.call_with_meta(get_permission_list, *args, **kwargs)
    await altegio.call_raw(get_permission_list, *args, **kwargs)
    await altegio.call(get_position_list, *args, **kwargs)
    await altegio.call_with_meta(get_position_list, *args, **kwargs)
    await altegio.call_raw(get_position_list, *args, **kwargs)
    await altegio.call(get_product, *args, **kwargs)
    await altegio.call_with_meta(get_product, *args, **kwargs)
    await altegio.call_raw(get_product, *args, **kwargs)
    await altegio.call(get_product_category_composition, *args, **kwargs)
    await altegio.call_with_meta(get_product_category_composition, *args, **kwargs)
    await altegio.call_raw(get_product_category_composition, *args, **kwargs)
    await altegio.call(get_product_category_list, *args, **kwargs)
    await altegio.call_with_meta(get_product_category_list, *args, **kwargs)
    await altegio.call_raw(get_product_category_list, *args, **kwargs)
    await altegio.call(get_product_category_list_by_ids, *args, **kwargs)
    await altegio.call_with_meta(get_product_category_list_by_ids, *args, **kwargs)
    await altegio.call_raw(get_product_category_list_by_ids, *args, **kwargs)
    await altegio.call(get_products_list, *args, **kwargs)
    await altegio.call_with_meta(get_products_list, *args, **kwargs)
    await altegio.call_raw(get_products_list, *args, **kwargs)
    await altegio.call(get_resource_list, *args, **kwargs)
    await altegio.call_with_meta(get_resource_list, *args, **kwargs)
    await altegio.call_raw(get_resource_list, *args, **kwargs)
    await altegio.call(get_sale_transaction, *args, **kwargs)
    await altegio.call_with_meta(get_sale_transaction, *args, **kwargs)
    await altegio.call_raw(get_sale_transaction, *args, **kwargs)
    await altegio.call(get_service, *args, **kwargs)
    await altegio.call_with_meta(get_service, *args, **kwargs)
    await altegio.call_raw(get_service, *args, **kwargs)
    await altegio.call(get_service_category, *args, **kwargs)
    await altegio.call_with_meta(get_service_category, *args, **kwargs)
    await altegio.call_raw(get_service_category, *args, **kwargs)
    await altegio.call(get_service_category_list, *args, **kwargs)
    await altegio.call_with_meta(get_service_category_list, *args, **kwargs)
    await altegio.call_raw(get_service_category_list, *args, **kwargs)
    await altegio.call(get_service_list, *args, **kwargs)
    await altegio.call_with_meta(get_service_list, *args, **kwargs)
    await altegio.call_raw(get_service_list, *args, **kwargs)
    await altegio.call(get_tag_list_by_entity, *args, **kwargs)
    await altegio.call_with_meta(get_tag_list_by_entity, *args, **kwargs)
    await altegio.call_raw(get_tag_list_by_entity, *args, **kwargs)
    await altegio.call(get_tax_system_list, *args, **kwargs)
    await altegio.call_with_meta(get_tax_system_list, *args, **kwargs)
    await altegio.call_raw(get_tax_system_list, *args, **kwargs)
    await altegio.call(get_team_member, *args, **kwargs)
    await altegio.call_with_meta(get_team_member, *args, **kwargs)
    await altegio.call_raw(get_team_member, *args, **kwargs)
    await altegio.call(get_team_member_by_id, *args, **kwargs)
    await altegio.call_with_meta(get_team_member_by_id, *args, **kwargs)
    await altegio.call_raw(get_team_member_by_id, *args, **kwargs)
    await altegio.call(get_team_member_calculation_schemes_count, *args, **kwargs)
    await altegio.call_with_meta(get_team_member_calculation_schemes_count, *args, **kwargs)
    await altegio.call_raw(get_team_member_calculation_schemes_count, *args, **kwargs)
    await altegio.call(get_team_member_list, *args, **kwargs)
    await altegio.call_with_meta(get_team_member_list, *args, **kwargs)
    await altegio.call_raw(get_team_member_list, *args, **kwargs)
    await altegio.call(get_team_member_payroll_calculation, *args, **kwargs)
    await altegio.call_with_meta(get_team_member_payroll_calculation, *args, **kwargs)
    await altegio.call_raw(get_team_member_payroll_calculation, *args, **kwargs)
    await altegio.call(get_team_member_salary_calculation, *args, **kwargs)
    await altegio.call_with_meta(get_team_member_salary_calculation, *args, **kwargs)
    await altegio.call_raw(get_team_member_salary_calculation, *args, **kwargs)
    await altegio.call(get_team_member_salary_period, *args, **kwargs)
    await altegio.call_with_meta(get_team_member_salary_period, *args, **kwargs)
    await altegio.call_raw(get_team_member_salary_period, *args, **kwargs)
    await altegio.call(get_team_member_salary_schemes, *args, **kwargs)
    await altegio.call_with_meta(get_team_member_salary_schemes, *args, **kwargs)
    await altegio.call_raw(get_team_member_salary_schemes, *args, **kwargs)
    await altegio.call(get_team_member_schedule, *args, **kwargs)
    await altegio.call_with_meta(get_team_member_schedule, *args, **kwargs)
    await altegio.call_raw(get_team_member_schedule, *args, **kwargs)
    await altegio.call(get_team_member_schedule_list, *args, **kwargs)
    await altegio.call_with_meta(get_team_member_schedule_list, *args, **kwargs)
    await altegio.call_raw(get_team_member_schedule_list, *args, **kwargs)
    await altegio.call(get_team_member_service_bill_of_materials, *args, **kwargs)
    await altegio.call_with_meta(get_team_member_service_bill_of_materials, *args, **kwargs)
    await altegio.call_raw(get_team_member_service_bill_of_materials, *args, **kwargs)
    await altegio.call(get_team_member_tip_settings, *args, **kwargs)
    await altegio.call_with_meta(get_team_member_tip_settings, *args, **kwargs)
    await altegio.call_raw(get_team_member_tip_settings, *args, **kwargs)
    await altegio.call(get_timeslot_settings, *args, **kwargs)
    await altegio.call_with_meta(get_timeslot_settings, *args, **kwargs)
    await altegio.call_raw(get_timeslot_settings, *args, **kwargs)
    await altegio.call(get_transaction, *args, **kwargs)
    await altegio.call_with_meta(get_transaction, *args, **kwargs)
    await altegio.call_raw(get_transaction, *args, **kwargs)
    await altegio.call(get_transactions, *args, **kwargs)
    await altegio.call_with_meta(get_transactions, *args, **kwargs)
    await altegio.call_raw(get_transactions, *args, **kwargs)
    await altegio.call(get_transactions_by_visit_or_appointment_id, *args, **kwargs)
    await altegio.call_with_meta(get_transactions_by_visit_or_appointment_id, *args, **kwargs)
    await altegio.call_raw(get_transactions_by_visit_or_appointment_id, *args, **kwargs)
    await altegio.call(get_user_gift_cards, *args, **kwargs)
    await altegio.call_with_meta(get_user_gift_cards, *args, **kwargs)
    await altegio.call_raw(get_user_gift_cards, *args, **kwargs)
    await altegio.call(get_user_loyalty_cards, *args, **kwargs)
    await altegio.call_with_meta(get_user_loyalty_cards, *args, **kwargs)
    await altegio.call_raw(get_user_loyalty_cards, *args, **kwargs)
    await altegio.call(get_user_memberships, *args, **kwargs)
    await altegio.call_with_meta(get_user_memberships, *args, **kwargs)
    await altegio.call_raw(get_user_memberships, *args, **kwargs)
    await altegio.call(get_user_notification_settings, *args, **kwargs)
    await altegio.call_with_meta(get_user_notification_settings, *args, **kwargs)
    await altegio.call_raw(get_user_notification_settings, *args, **kwargs)
    await altegio.call(get_user_permissions, *args, **kwargs)
    await altegio.call_with_meta(get_user_permissions, *args, **kwargs)
    await altegio.call_raw(get_user_permissions, *args, **kwargs)
    await altegio.call(get_user_roles, *args, **kwargs)
    await altegio.call_with_meta(get_user_roles, *args, **kwargs)
    await altegio.call_raw(get_user_roles, *args, **kwargs)
    await altegio.call(get_visit, *args, **kwargs)
    await altegio.call_with_meta(get_visit, *args, **kwargs)
    await altegio.call_raw(get_visit, *args, **kwargs)
    await altegio.call(get_visit_details, *args, **kwargs)
    await altegio.call_with_meta(get_visit_details, *args, **kwargs)
    await altegio.call_raw(get_visit_details, *args, **kwargs)
    await altegio.call(get_visit_receipt_pdf, *args, **kwargs)
    await altegio.call_with_meta(get_visit_receipt_pdf, *args, **kwargs)
    await altegio.call_raw(get_visit_receipt_pdf, *args, **kwargs)
    await altegio.call(handle_fiscalization_callback, *args, **kwargs)
    await altegio.call_with_meta(handle_fiscalization_callback, *args, **kwargs)
    await altegio.call_raw(handle_fiscalization_callback, *args, **kwargs)
    await altegio.call(issue_loyalty_card, *args, **kwargs)
    await altegio.call_with_meta(issue_loyalty_card, *args, **kwargs)
    await altegio.call_raw(issue_loyalty_card, *args, **kwargs)
    await altegio.call(leave_comment, *args, **kwargs)
    await altegio.call_with_meta(leave_comment, *args, **kwargs)
    await altegio.call_raw(leave_comment, *args, **kwargs)
    await altegio.call(list_client_comments, *args, **kwargs)
    await altegio.call_with_meta(list_client_comments, *args, **kwargs)
    await altegio.call_raw(list_client_comments, *args, **kwargs)
    await altegio.call(list_event_duplication_strategies, *args, **kwargs)
    await altegio.call_with_meta(list_event_duplication_strategies, *args, **kwargs)
    await altegio.call_raw(list_event_duplication_strategies, *args, **kwargs)
    await altegio.call(list_roles, *args, **kwargs)
    await altegio.call_with_meta(list_roles, *args, **kwargs)
    await altegio.call_raw(list_roles, *args, **kwargs)
    await altegio.call(list_timetable_schedule_day_events, *args, **kwargs)
    await altegio.call_with_meta(list_timetable_schedule_day_events, *args, **kwargs)
    await altegio.call_raw(list_timetable_schedule_day_events, *args, **kwargs)
    await altegio.call(patch_service, *args, **kwargs)
    await altegio.call_with_meta(patch_service, *args, **kwargs)
    await altegio.call_raw(patch_service, *args, **kwargs)
    await altegio.call(phone_number_format_check, *args, **kwargs)
    await altegio.call_with_meta(phone_number_format_check, *args, **kwargs)
    await altegio.call_raw(phone_number_format_check, *args, **kwargs)
    await altegio.call(print_fiscal_receipt, *args, **kwargs)
    await altegio.call_with_meta(print_fiscal_receipt, *args, **kwargs)
    await altegio.call_raw(print_fiscal_receipt, *args, **kwargs)
    await altegio.call(remove_loyalty_card, *args, **kwargs)
    await altegio.call_with_meta(remove_loyalty_card, *args, **kwargs)
    await altegio.call_raw(remove_loyalty_card, *args, **kwargs)
    await altegio.call(remove_service_from_team_member, *args, **kwargs)
    await altegio.call_with_meta(remove_service_from_team_member, *args, **kwargs)
    await altegio.call_raw(remove_service_from_team_member, *args, **kwargs)
    await altegio.call(remove_user_from_location, *args, **kwargs)
    await altegio.call_with_meta(remove_user_from_location, *args, **kwargs)
    await altegio.call_raw(remove_user_from_location, *args, **kwargs)
    await altegio.call(remove_user_from_locations, *args, **kwargs)
    await altegio.call_with_meta(remove_user_from_locations, *args, **kwargs)
    await altegio.call_raw(remove_user_from_locations, *args, **kwargs)
    await altegio.call(schedule_team_member_update_deprecated, *args, **kwargs)
    await altegio.call_with_meta(schedule_team_member_update_deprecated, *args, **kwargs)
    await altegio.call_raw(schedule_team_member_update_deprecated, *args, **kwargs)
    await altegio.call(search_client_visits, *args, **kwargs)
    await altegio.call_with_meta(search_client_visits, *args, **kwargs)
    await altegio.call_raw(search_client_visits, *args, **kwargs)
    await altegio.call(search_event_dates, *args, **kwargs)
    await altegio.call_with_meta(search_event_dates, *args, **kwargs)
    await altegio.call_raw(search_event_dates, *args, **kwargs)
    await altegio.call(search_event_services, *args, **kwargs)
    await altegio.call_with_meta(search_event_services, *args, **kwargs)
    await altegio.call_raw(search_event_services, *args, **kwargs)
    await altegio.call(search_events, *args, **kwargs)
    await altegio.call_with_meta(search_events, *args, **kwargs)
    await altegio.call_raw(search_events, *args, **kwargs)
    await altegio.call(search_for_product_transactions, *args, **kwargs)
    await altegio.call_with_meta(search_for_product_transactions, *args, **kwargs)
    await altegio.call_raw(search_for_product_transactions, *args, **kwargs)
    await altegio.call(search_memberships_for_event, *args, **kwargs)
    await altegio.call_with_meta(search_memberships_for_event, *args, **kwargs)
    await altegio.call_raw(search_memberships_for_event, *args, **kwargs)
    await altegio.call(search_product, *args, **kwargs)
    await altegio.call_with_meta(search_product, *args, **kwargs)
    await altegio.call_raw(search_product, *args, **kwargs)
    await altegio.call(search_team_member_calculation_daily_salary, *args, **kwargs)
    await altegio.call_with_meta(search_team_member_calculation_daily_salary, *args, **kwargs)
    await altegio.call_raw(search_team_member_calculation_daily_salary, *args, **kwargs)
    await altegio.call(search_team_member_calculation_salary, *args, **kwargs)
    await altegio.call_with_meta(search_team_member_calculation_salary, *args, **kwargs)
    await altegio.call_raw(search_team_member_calculation_salary, *args, **kwargs)
    await altegio.call(search_team_member_payroll_calculation, *args, **kwargs)
    await altegio.call_with_meta(search_team_member_payroll_calculation, *args, **kwargs)
    await altegio.call_raw(search_team_member_payroll_calculation, *args, **kwargs)
    await altegio.call(search_team_member_period_daily_salary, *args, **kwargs)
    await altegio.call_with_meta(search_team_member_period_daily_salary, *args, **kwargs)
    await altegio.call_raw(search_team_member_period_daily_salary, *args, **kwargs)
    await altegio.call(search_team_member_period_salary, *args, **kwargs)
    await altegio.call_with_meta(search_team_member_period_salary, *args, **kwargs)
    await altegio.call_raw(search_team_member_period_salary, *args, **kwargs)
    await altegio.call(search_timetable_event_schedules_by_event, *args, **kwargs)
    await altegio.call_with_meta(search_timetable_event_schedules_by_event, *args, **kwargs)
    await altegio.call_raw(search_timetable_event_schedules_by_event, *args, **kwargs)
    await altegio.call(send_email_campaign_to_filtered_clients, *args, **kwargs)
    await altegio.call_with_meta(send_email_campaign_to_filtered_clients, *args, **kwargs)
    await altegio.call_raw(send_email_campaign_to_filtered_clients, *args, **kwargs)
    await altegio.call(send_email_newsletter_to_clients, *args, **kwargs)
    await altegio.call_with_meta(send_email_newsletter_to_clients, *args, **kwargs)
    await altegio.call_raw(send_email_newsletter_to_clients, *args, **kwargs)
    await altegio.call(send_sms_campaign_to_filtered_clients, *args, **kwargs)
    await altegio.call_with_meta(send_sms_campaign_to_filtered_clients, *args, **kwargs)
    await altegio.call_raw(send_sms_campaign_to_filtered_clients, *args, **kwargs)
    await altegio.call(send_sms_to_clients, *args, **kwargs)
    await altegio.call_with_meta(send_sms_to_clients, *args, **kwargs)
    await altegio.call_raw(send_sms_to_clients, *args, **kwargs)
    await altegio.call(set_team_member_schedule, *args, **kwargs)
    await altegio.call_with_meta(set_team_member_schedule, *args, **kwargs)
    await altegio.call_raw(set_team_member_schedule, *args, **kwargs)
    await altegio.call(unlink_appointment_service_association, *args, **kwargs)
    await altegio.call_with_meta(unlink_appointment_service_association, *args, **kwargs)
    await altegio.call_raw(unlink_appointment_service_association, *args, **kwargs)
    await altegio.call(update_appointment, *args, **kwargs)
    await altegio.call_with_meta(update_appointment, *args, **kwargs)
    await altegio.call_raw(update_appointment, *args, **kwargs)
    await altegio.call(update_appointment_attendance, *args, **kwargs)
    await altegio.call_with_meta(update_appointment_attendance, *args, **kwargs)
    await altegio.call_raw(update_appointment_attendance, *args, **kwargs)
    await altegio.call(update_appointment_calendar_settings, *args, **kwargs)
    await altegio.call_with_meta(update_appointment_calendar_settings, *args, **kwargs)
    await altegio.call_raw(update_appointment_calendar_settings, *args, **kwargs)
    await altegio.call(update_appointment_service_consumables, *args, **kwargs)
    await altegio.call_with_meta(update_appointment_service_consumables, *args, **kwargs)
    await altegio.call_raw(update_appointment_service_consumables, *args, **kwargs)
    await altegio.call(update_booking_widget, *args, **kwargs)
    await altegio.call_with_meta(update_booking_widget, *args, **kwargs)
    await altegio.call_raw(update_booking_widget, *args, **kwargs)
    await altegio.call(update_chain_loyalty_program, *args, **kwargs)
    await altegio.call_with_meta(update_chain_loyalty_program, *args, **kwargs)
    await altegio.call_raw(update_chain_loyalty_program, *args, **kwargs)
    await altegio.call(update_client, *args, **kwargs)
    await altegio.call_with_meta(update_client, *args, **kwargs)
    await altegio.call_raw(update_client, *args, **kwargs)
    await altegio.call(update_custom_field, *args, **kwargs)
    await altegio.call_with_meta(update_custom_field, *args, **kwargs)
    await altegio.call_raw(update_custom_field, *args, **kwargs)
    await altegio.call(update_document, *args, **kwargs)
    await altegio.call_with_meta(update_document, *args, **kwargs)
    await altegio.call_raw(update_document, *args, **kwargs)
    await altegio.call(update_event, *args, **kwargs)
    await altegio.call_with_meta(update_event, *args, **kwargs)
    await altegio.call_raw(update_event, *args, **kwargs)
    await altegio.call(update_event_duplication_strategy, *args, **kwargs)
    await altegio.call_with_meta(update_event_duplication_strategy, *args, **kwargs)
    await altegio.call_raw(update_event_duplication_strategy, *args, **kwargs)
    await altegio.call(update_financial_transaction, *args, **kwargs)
    await altegio.call_with_meta(update_financial_transaction, *args, **kwargs)
    await altegio.call_raw(update_financial_transaction, *args, **kwargs)
    await altegio.call(update_location, *args, **kwargs)
    await altegio.call_with_meta(update_location, *args, **kwargs)
    await altegio.call_raw(update_location, *args, **kwargs)
    await altegio.call(update_online_booking_settings, *args, **kwargs)
    await altegio.call_with_meta(update_online_booking_settings, *args, **kwargs)
    await altegio.call_raw(update_online_booking_settings, *args, **kwargs)
    await altegio.call(update_product, *args, **kwargs)
    await altegio.call_with_meta(update_product, *args, **kwargs)
    await altegio.call_raw(update_product, *args, **kwargs)
    await altegio.call(update_product_category, *args, **kwargs)
    await altegio.call_with_meta(update_product_category, *args, **kwargs)
    await altegio.call_raw(update_product_category, *args, **kwargs)
    await altegio.call(update_service_category, *args, **kwargs)
    await altegio.call_with_meta(update_service_category, *args, **kwargs)
    await altegio.call_raw(update_service_category, *args, **kwargs)
    await altegio.call(update_service_links, *args, **kwargs)
    await altegio.call_with_meta(update_service_links, *args, **kwargs)
    await altegio.call_raw(update_service_links, *args, **kwargs)
    await altegio.call(update_service_team_member_assignment, *args, **kwargs)
    await altegio.call_with_meta(update_service_team_member_assignment, *args, **kwargs)
    await altegio.call_raw(update_service_team_member_assignment, *args, **kwargs)
    await altegio.call(update_tag_by_tag_id, *args, **kwargs)
    await altegio.call_with_meta(update_tag_by_tag_id, *args, **kwargs)
    await altegio.call_raw(update_tag_by_tag_id, *args, **kwargs)
    await altegio.call(update_team_member, *args, **kwargs)
    await altegio.call_with_meta(update_team_member, *args, **kwargs)
    await altegio.call_raw(update_team_member, *args, **kwargs)
    await altegio.call(update_team_member_schedule, *args, **kwargs)
    await altegio.call_with_meta(update_team_member_schedule, *args, **kwargs)
    await altegio.call_raw(update_team_member_schedule, *args, **kwargs)
    await altegio.call(update_timetable_client_schedule, *args, **kwargs)
    await altegio.call_with_meta(update_timetable_client_schedule, *args, **kwargs)
    await altegio.call_raw(update_timetable_client_schedule, *args, **kwargs)
    await altegio.call(update_timetable_event_schedule, *args, **kwargs)
    await altegio.call_with_meta(update_timetable_event_schedule, *args, **kwargs)
    await altegio.call_raw(update_timetable_event_schedule, *args, **kwargs)
    await altegio.call(update_timetable_schedule_day, *args, **kwargs)
    await altegio.call_with_meta(update_timetable_schedule_day, *args, **kwargs)
    await altegio.call_raw(update_timetable_schedule_day, *args, **kwargs)
    await altegio.call(update_transaction, *args, **kwargs)
    await altegio.call_with_meta(update_transaction, *args, **kwargs)
    await altegio.call_raw(update_transaction, *args, **kwargs)
    await altegio.call(update_user_notification_settings, *args, **kwargs)
    await altegio.call_with_meta(update_user_notification_settings, *args, **kwargs)
    await altegio.call_raw(update_user_notification_settings, *args, **kwargs)
    await altegio.call(update_user_permissions, *args, **kwargs)
    await altegio.call_with_meta(update_user_permissions, *args, **kwargs)
    await altegio.call_raw(update_user_permissions, *args, **kwargs)
    await altegio.call(update_visit, *args, **kwargs)
    await altegio.call_with_meta(update_visit, *args, **kwargs)
    await altegio.call_raw(update_visit, *args, **kwargs)
    await altegio.call(upload_client_file, *args, **kwargs)
    await altegio.call_with_meta(upload_client_file, *args, **kwargs)
    await altegio.call_raw(upload_client_file, *args, **kwargs)
    await altegio.call(upload_image, *args, **kwargs)
    await altegio.call_with_meta(upload_image, *args, **kwargs)
    await altegio.call_raw(upload_image, *args, **kwargs)
